package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A blameless-language finding was acknowledged, with the justification for keeping the sentence. */
public record FindingAcknowledged(UUID reviewId, UUID findingId, String section, String sentence, String ruleId,
                                  String justification, Person acknowledgedBy, Instant acknowledgedAt) {
}
