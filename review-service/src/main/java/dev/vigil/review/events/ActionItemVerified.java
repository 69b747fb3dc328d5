package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A committee member who does not own the item checked the evidence and verified it. */
public record ActionItemVerified(UUID actionItemId, String note, Person verifiedBy, Instant verifiedAt) {
}
