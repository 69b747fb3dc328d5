package dev.vigil.policy.register;

import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.contracts.incident.Person;
import dev.vigil.policy.events.ExceptionApprovalGiven;
import dev.vigil.policy.events.ExceptionApproved;
import dev.vigil.policy.events.ExceptionExpired;
import dev.vigil.policy.events.ExceptionExpiryReminded;
import dev.vigil.policy.events.ExceptionFlaggedForReReview;
import dev.vigil.policy.events.ExceptionRejected;
import dev.vigil.policy.events.ExceptionRequested;
import dev.vigil.policy.events.ExceptionRevoked;
import dev.vigil.policy.events.IncidentOnExceptedSystemNoted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One row of the exception register, as a committee or an auditor reads it: the waiver's terms, who
 * approved it and in what capacity, what was frozen at approval, its dates, whether it needs
 * re-review and why, and the incidents that occurred on its systems while it was in force. Built
 * only by {@link #apply}, for now or for any past instant.
 *
 * @param status       REQUESTED, APPROVED, REJECTED, EXPIRED, REVOKED or RENEWED
 * @param activeFrom   when it first came into force (null if never)
 * @param activeUntil  when it stopped being in force (expiry or revocation), null while in force
 * @param version      sequence number of its last event
 */
public record RegisterRow(UUID id, String key, String status, List<String> controlIds, List<String> systemIds,
                          String scope, String justification, Person owner, Person requestedBy, Instant requestedAt,
                          int likelihood, int impact, ResidualRisk rating, List<String> compensatingControls,
                          Instant requestedExpiry, List<Approval> approvals, Instant approvedAt, Instant expiresAt,
                          Instant reviewAt, int renewals, boolean renewalPending, Map<String, Integer> controlVersions,
                          Map<String, RiskClass> systemRiskClasses, boolean needsReReview, List<String> reReviewReasons,
                          List<IncidentLink> incidents, String decisionReason, Instant activeFrom, Instant activeUntil,
                          List<Integer> remindersSent, Instant lastChangedAt, long version) {

    public RegisterRow {
        controlIds = List.copyOf(controlIds);
        systemIds = List.copyOf(systemIds);
        compensatingControls = List.copyOf(compensatingControls);
        approvals = List.copyOf(approvals);
        controlVersions = Map.copyOf(controlVersions);
        systemRiskClasses = Map.copyOf(systemRiskClasses);
        reReviewReasons = List.copyOf(reReviewReasons);
        incidents = List.copyOf(incidents);
        remindersSent = List.copyOf(remindersSent);
    }

    public record Approval(Person approver, String capacity, String note, int round, Instant at) {
    }

    public record IncidentLink(UUID incidentId, String key, String systemId, String severity, Instant occurredAt) {
    }

    /** The same row with only these incident links (need-to-know: a restricted incident is shown to whom may know it). */
    public RegisterRow withIncidents(List<IncidentLink> links) {
        return new RegisterRow(id, key, status, controlIds, systemIds, scope, justification, owner, requestedBy, requestedAt,
                likelihood, impact, rating, compensatingControls, requestedExpiry, approvals, approvedAt, expiresAt, reviewAt,
                renewals, renewalPending, controlVersions, systemRiskClasses, needsReReview, reReviewReasons, links,
                decisionReason, activeFrom, activeUntil, remindersSent, lastChangedAt, version);
    }

    /** Whether the waiver was in force at the instant. */
    public boolean inForceAt(Instant t) {
        return activeFrom != null && !t.isBefore(activeFrom) && (activeUntil == null || t.isBefore(activeUntil));
    }

    public boolean inForce() {
        return "APPROVED".equals(status) || "RENEWED".equals(status);
    }

    /** The row after one more event; {@code row} is null before the request. */
    public static RegisterRow apply(RegisterRow row, Object event, long sequence, Instant time) {
        Draft d = new Draft(row);
        switch (event) {
            case ExceptionRequested e -> {
                if (e.renewal() == 0) {
                    d.id = e.exceptionId();
                    d.key = e.key();
                    d.status = "REQUESTED";
                    d.controlIds = e.controlIds();
                    d.systemIds = e.systemIds();
                    d.scope = e.scope();
                    d.owner = e.owner();
                } else {
                    d.renewalPending = true;
                }
                d.justification = e.justification();
                d.requestedBy = e.requestedBy();
                d.requestedAt = e.requestedAt();
                d.likelihood = e.likelihood();
                d.impact = e.impact();
                d.rating = e.rating();
                d.compensatingControls = e.compensatingControls();
                d.requestedExpiry = e.requestedExpiry();
            }
            case ExceptionApprovalGiven e -> d.approvals.add(new Approval(e.approver(), e.capacity(), e.note(), e.renewal(),
                    e.approvedAt()));
            case ExceptionApproved e -> {
                d.status = e.renewal() == 0 ? "APPROVED" : "RENEWED";
                d.approvedAt = d.approvedAt == null ? e.approvedAt() : d.approvedAt;
                d.activeFrom = d.activeFrom == null ? e.approvedAt() : d.activeFrom;
                d.expiresAt = e.expiresAt();
                d.reviewAt = e.reviewAt();
                d.renewals = e.renewal();
                d.renewalPending = false;
                d.controlVersions = e.controlVersions();
                d.systemRiskClasses = e.systemRiskClasses();
                d.needsReReview = false;
                d.reReviewReasons = new ArrayList<>();
                d.remindersSent = new ArrayList<>();
            }
            case ExceptionRejected e -> {
                if (e.renewal() == 0) {
                    d.status = "REJECTED";
                }
                d.renewalPending = false;
                d.decisionReason = e.reason();
            }
            case ExceptionRevoked e -> {
                d.status = "REVOKED";
                d.activeUntil = e.revokedAt();
                d.renewalPending = false;
                d.decisionReason = e.reason();
            }
            case ExceptionExpired e -> {
                d.status = "EXPIRED";
                d.activeUntil = e.expiredAt();
                d.renewalPending = false;
            }
            case ExceptionExpiryReminded e -> d.remindersSent.add(e.daysLeft());
            case ExceptionFlaggedForReReview e -> {
                d.needsReReview = true;
                d.reReviewReasons.add(e.cause() + ": " + e.detail());
            }
            case IncidentOnExceptedSystemNoted e -> d.incidents.add(new IncidentLink(e.incidentId(), e.incidentKey(),
                    e.systemId(), e.severity(), e.occurredAt()));
            default -> { }
        }
        return d.build(sequence, time);
    }

    /** The working copy of one fold step: the only mutable thing here, and it never escapes. */
    private static final class Draft {
        UUID id;
        String key;
        String status;
        List<String> controlIds = List.of();
        List<String> systemIds = List.of();
        String scope;
        String justification;
        Person owner;
        Person requestedBy;
        Instant requestedAt;
        int likelihood;
        int impact;
        ResidualRisk rating;
        List<String> compensatingControls = List.of();
        Instant requestedExpiry;
        List<Approval> approvals = new ArrayList<>();
        Instant approvedAt;
        Instant expiresAt;
        Instant reviewAt;
        int renewals;
        boolean renewalPending;
        Map<String, Integer> controlVersions = Map.of();
        Map<String, RiskClass> systemRiskClasses = Map.of();
        boolean needsReReview;
        List<String> reReviewReasons = new ArrayList<>();
        List<IncidentLink> incidents = new ArrayList<>();
        String decisionReason;
        Instant activeFrom;
        Instant activeUntil;
        List<Integer> remindersSent = new ArrayList<>();

        Draft(RegisterRow r) {
            if (r == null) {
                return;
            }
            id = r.id;
            key = r.key;
            status = r.status;
            controlIds = r.controlIds;
            systemIds = r.systemIds;
            scope = r.scope;
            justification = r.justification;
            owner = r.owner;
            requestedBy = r.requestedBy;
            requestedAt = r.requestedAt;
            likelihood = r.likelihood;
            impact = r.impact;
            rating = r.rating;
            compensatingControls = r.compensatingControls;
            requestedExpiry = r.requestedExpiry;
            approvals = new ArrayList<>(r.approvals);
            approvedAt = r.approvedAt;
            expiresAt = r.expiresAt;
            reviewAt = r.reviewAt;
            renewals = r.renewals;
            renewalPending = r.renewalPending;
            controlVersions = r.controlVersions;
            systemRiskClasses = r.systemRiskClasses;
            needsReReview = r.needsReReview;
            reReviewReasons = new ArrayList<>(r.reReviewReasons);
            incidents = new ArrayList<>(r.incidents);
            decisionReason = r.decisionReason;
            activeFrom = r.activeFrom;
            activeUntil = r.activeUntil;
            remindersSent = new ArrayList<>(r.remindersSent);
        }

        RegisterRow build(long sequence, Instant time) {
            return new RegisterRow(id, key, status, controlIds, systemIds, scope, justification, owner, requestedBy,
                    requestedAt, likelihood, impact, rating, compensatingControls, requestedExpiry, approvals, approvedAt,
                    expiresAt, reviewAt, renewals, renewalPending, controlVersions, systemRiskClasses, needsReReview,
                    reReviewReasons, incidents, decisionReason, activeFrom, activeUntil, remindersSent, time, sequence);
        }
    }
}
