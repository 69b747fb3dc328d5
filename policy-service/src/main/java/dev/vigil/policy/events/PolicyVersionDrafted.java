package dev.vigil.policy.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A new version of a policy's text was drafted, to take effect on a date once published. */
public record PolicyVersionDrafted(UUID policyId, int version, String text, LocalDate effectiveFrom, Instant draftedAt) {
}
