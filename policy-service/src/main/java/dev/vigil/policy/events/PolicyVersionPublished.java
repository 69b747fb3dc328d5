package dev.vigil.policy.events;

import java.time.Instant;
import java.util.UUID;

/** A drafted version was published: it is the policy from its effective date, and is due for review at {@code reviewDueAt}. */
public record PolicyVersionPublished(UUID policyId, int version, Instant reviewDueAt, Instant publishedAt) {
}
