package dev.vigil.policy.register;

import dev.vigil.contracts.governance.ResidualRisk;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The register's filters, every one optional: status, system, control, rating, in force and expiring
 * within N days of {@code at}, needs re-review.
 */
record RegisterFilter(String status, String systemId, String controlId, ResidualRisk rating, Integer expiringWithinDays,
                      Boolean needsReReview) {

    Predicate<RegisterRow> at(Instant at) {
        return row -> (status == null || status.equals(row.status()))
                && (systemId == null || row.systemIds().contains(systemId))
                && (controlId == null || row.controlIds().contains(controlId))
                && (rating == null || rating == row.rating())
                && (needsReReview == null || needsReReview == row.needsReReview())
                && (expiringWithinDays == null || row.inForce() && row.expiresAt() != null
                && !row.expiresAt().isAfter(at.plus(Duration.ofDays(expiringWithinDays))));
    }
}
