package dev.vigil.review.events;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.review.FactorCategory;

import java.time.Instant;
import java.util.UUID;

/** A contributing factor: a condition, the control layer that had the hole, optionally the control. */
public record FactorAdded(UUID reviewId, UUID factorId, FactorCategory category, ControlLayer layer, String controlId,
                          String description, Person addedBy, Instant addedAt) {
}
