package dev.vigil.policy.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Something material changed under a waiver in force (a system's risk class rose, a waived control
 * was revised, a SEV1 or SEV2 incident on a system): its approvers must look at it again.
 */
public record ExceptionFlaggedForReReview(UUID exceptionId, String cause, String detail, Instant flaggedAt) {
}
