package dev.vigil.policy.events;

import java.time.Instant;
import java.util.UUID;

/** A published policy version reached its review date without a newer version. */
public record PolicyReviewFellDue(UUID policyId, int version, Instant dueAt) {
}
