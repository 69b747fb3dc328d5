package dev.vigil.review.events;

import java.time.Instant;
import java.util.UUID;

/** The incident resolved (again, when {@code reResolution}): noted on its review. */
public record IncidentResolutionNoted(UUID reviewId, UUID incidentId, String reason, Instant resolvedAt,
                                      boolean reResolution) {
}
