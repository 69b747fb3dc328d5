package dev.vigil.policy.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** One approval of a pending request, in a capacity: POLICY_OWNER of a waived control's policy, or COMMITTEE. */
public record ExceptionApprovalGiven(UUID exceptionId, int renewal, Person approver, String capacity, String note,
                                     Instant approvedAt) {
}
