package dev.vigil.incident.events;

import java.time.Instant;
import java.util.UUID;

/** The incident learnt that its post-incident review was published: it may now be closed. */
public record ReviewPublicationNoted(UUID incidentId, UUID reviewId, Instant publishedAt) {
}
