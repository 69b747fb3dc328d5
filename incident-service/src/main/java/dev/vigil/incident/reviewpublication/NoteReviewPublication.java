package dev.vigil.incident.reviewpublication;

import java.time.Instant;
import java.util.UUID;

/** The review service published the incident's post-incident review: safe to repeat. */
public record NoteReviewPublication(UUID incidentId, UUID reviewId, Instant publishedAt) {
}
