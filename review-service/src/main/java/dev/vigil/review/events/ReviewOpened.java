package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;

import java.time.Instant;
import java.util.UUID;

/**
 * A review was opened: {@code automatic} when its incident resolved (then {@code openedBy} is null), else by
 * a person. {@code incidentId} is null for a review of an AI hazard that is no incident; {@code severity} is
 * the incident's highest severity when it opened (null for a hazard).
 */
public record ReviewOpened(UUID reviewId, UUID incidentId, String incidentKey, String title, String systemId,
                           Severity severity, boolean automatic, Person openedBy, Instant openedAt) {
}
