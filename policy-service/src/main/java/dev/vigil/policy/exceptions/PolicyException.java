package dev.vigil.policy.exceptions;

import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.keys.YearlyKeys;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.policy.events.ExceptionApprovalGiven;
import dev.vigil.policy.events.ExceptionApproved;
import dev.vigil.policy.events.ExceptionExpired;
import dev.vigil.policy.events.ExceptionExpiryReminded;
import dev.vigil.policy.events.ExceptionFlaggedForReReview;
import dev.vigil.policy.events.ExceptionRejected;
import dev.vigil.policy.events.ExceptionRequested;
import dev.vigil.policy.events.ExceptionRevoked;
import dev.vigil.policy.events.IncidentOnExceptedSystemNoted;
import dev.vigil.policy.exceptions.ExceptionCommands.ApproveException;
import dev.vigil.policy.exceptions.ExceptionCommands.ExpireException;
import dev.vigil.policy.exceptions.ExceptionCommands.FlagForReReview;
import dev.vigil.policy.exceptions.ExceptionCommands.NoteIncidentOnExceptedSystem;
import dev.vigil.policy.exceptions.ExceptionCommands.RejectException;
import dev.vigil.policy.exceptions.ExceptionCommands.RemindExpiry;
import dev.vigil.policy.exceptions.ExceptionCommands.RenewException;
import dev.vigil.policy.exceptions.ExceptionCommands.RequestException;
import dev.vigil.policy.exceptions.ExceptionCommands.RevokeException;
import dev.vigil.policy.exceptions.ExceptionCommands.Terms;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A policy exception: a waiver of controls for systems, for a time, on someone's authority. Requests
 * (the first and each renewal) go through one approval path; a waiver in force expires at its expiry
 * unless renewed, and is flagged for re-review when something material changes under it.
 */
@Aggregate(type = PolicyException.TYPE)
class PolicyException {

    static final String TYPE = "PolicyException";
    static final List<Integer> REMINDER_DAYS = List.of(30, 7, 1);

    enum Status { REQUESTED, APPROVED, REJECTED, EXPIRED, REVOKED, RENEWED }

    @AggregateIdentifier
    private UUID id;
    private String key;
    private Status status;
    private Person owner;
    private List<String> systemIds;
    /** The round awaiting decision: 0 the first request, n the n-th renewal; null when none is pending. */
    private Integer pendingRound;
    private ExceptionRequested pending;
    /** The latest request, pending or decided: what a renewal carries over. */
    private ExceptionRequested lastRequest;
    private final Map<String, String> approvals = new HashMap<>();
    private Instant expiresAt;
    private int renewals;
    private final Set<String> flags = new HashSet<>();
    private final Set<String> reminders = new HashSet<>();
    private final Set<UUID> incidents = new HashSet<>();

    PolicyException() {
        // rebuilt from its events
    }

    @CommandHandler
    PolicyException(RequestException command, ExceptionSettings settings, Clock clock, JdbcKeys keys) {
        Instant now = clock.instant();
        ResidualRisk rating = rated(command.terms(), settings, now);
        apply(requested(command.exceptionId(), keys.next(now), 0, command.controlIds(), command.systemIds(),
                command.scope(), command.owner(), command.requestedBy(), command.terms(), rating, now));
    }

    @CommandHandler
    void handle(ApproveException command, Clock clock, PersistentScheduler scheduler) {
        requirePending("approve");
        String capacity = ExceptionRules.approvalCapacity(command.approver(), command.roles(), command.policyOwners(),
                pending.requestedBy(), pending.rating(), approvals);
        Instant now = clock.instant();
        apply(new ExceptionApprovalGiven(id, pendingRound, command.approver(), capacity,
                command.note() == null ? null : command.note().strip(), now));
        Map<String, String> given = new HashMap<>(approvals);
        given.put(command.approver().subject(), capacity);
        if (!ExceptionRules.complete(pending.rating(), given)) {
            return;
        }
        Instant expiry = pending.requestedExpiry();
        Instant reviewAt = now.plus(Duration.between(now, expiry).dividedBy(2));
        apply(new ExceptionApproved(id, pendingRound, pending.rating(), command.controlVersions(),
                command.systemRiskClasses(), pending.compensatingControls(), expiry, reviewAt, now));
        // expiry and reminders exist exactly when the approval does: scheduled in this command's transaction
        scheduler.schedule(ExceptionClock.expiry(id, expiry), expiry);
        for (int days : REMINDER_DAYS) {
            Instant remindAt = expiry.minus(Duration.ofDays(days));
            if (remindAt.isAfter(now)) {
                scheduler.schedule(ExceptionClock.reminder(id, expiry, days), remindAt);
            }
        }
    }

    @CommandHandler
    void handle(RejectException command, Clock clock) {
        requirePending("reject");
        ExceptionRules.requireDecider(command.decider(), command.roles(), command.policyOwners(), pending.requestedBy(),
                "reject");
        apply(new ExceptionRejected(id, pendingRound, command.decider(), command.reason().strip(), clock.instant()));
    }

    /** A renewal is a new request for the same waiver, decided like the first; the waiver stays in force meanwhile. */
    @CommandHandler
    void handle(RenewException command, ExceptionSettings settings, Clock clock) {
        requireInForce("renew");
        if (pendingRound != null) {
            throw new ConflictException("renewal-pending", "a renewal of " + key + " already awaits decision");
        }
        Instant now = clock.instant();
        if (!command.terms().requestedExpiry().isAfter(expiresAt)) {
            throw new dev.vigil.platform.problem.RuleViolationException("requestedExpiry", "after-current-expiry",
                    "a renewal runs past the current expiry " + expiresAt);
        }
        ResidualRisk rating = rated(command.terms(), settings, now);
        apply(requested(id, key, renewals + 1, lastRequest.controlIds(), systemIds, lastRequest.scope(), owner,
                command.requestedBy(), command.terms(), rating, now));
    }

    @CommandHandler
    void handle(RevokeException command, Clock clock) {
        requireInForce("revoke");
        ExceptionRules.requireDecider(command.decider(), command.roles(), command.policyOwners(), null, "revoke");
        apply(new ExceptionRevoked(id, command.decider(), command.reason().strip(), clock.instant()));
    }

    /** Only the expiry still in force ends the waiver: a renewal moved it, and the old one passes silently. */
    @CommandHandler
    void handle(ExpireException command, Clock clock) {
        Instant now = clock.instant();
        if (inForce() && command.expiresAt().equals(expiresAt) && !now.isBefore(expiresAt)) {
            apply(new ExceptionExpired(id, expiresAt));
        }
    }

    @CommandHandler
    void handle(RemindExpiry command, Clock clock) {
        if (inForce() && command.expiresAt().equals(expiresAt)
                && !reminders.contains(reminderKey(command.expiresAt(), command.daysLeft()))) {
            apply(new ExceptionExpiryReminded(id, command.daysLeft(), expiresAt, clock.instant()));
        }
    }

    @CommandHandler
    void handle(FlagForReReview command, Clock clock) {
        if (inForce() && !flags.contains(command.cause() + "|" + command.detail())) {
            apply(new ExceptionFlaggedForReReview(id, command.cause(), command.detail(), clock.instant()));
        }
    }

    /** Noted once per incident, however often the incident's facts arrive; a SEV1 or SEV2 also calls for re-review. */
    @CommandHandler
    void handle(NoteIncidentOnExceptedSystem command, Clock clock) {
        if (incidents.contains(command.incidentId())) {
            return;
        }
        apply(new IncidentOnExceptedSystemNoted(id, command.incidentId(), command.incidentKey(), command.systemId(),
                command.severity(), command.occurredAt()));
        String detail = command.incidentKey() + " (" + command.severity() + ")";
        if (inForce() && List.of("SEV1", "SEV2").contains(command.severity()) && !flags.contains("incident|" + detail)) {
            apply(new ExceptionFlaggedForReReview(id, "incident", detail, clock.instant()));
        }
    }

    private static ResidualRisk rated(Terms terms, ExceptionSettings settings, Instant now) {
        ResidualRisk rating = ExceptionRules.rate(terms.likelihood(), terms.impact(), settings);
        ExceptionRules.checkTerms(rating, terms.requestedExpiry(), terms.compensatingControls(), now, settings);
        return rating;
    }

    private static ExceptionRequested requested(UUID id, String key, int round, List<String> controls, List<String> systems,
                                                String scope, Person owner, Person by, Terms terms, ResidualRisk rating,
                                                Instant now) {
        return new ExceptionRequested(id, key, round, controls, systems, scope, terms.justification().strip(), owner,
                by, terms.requestedExpiry(), terms.likelihood(), terms.impact(), rating,
                terms.compensatingControls().stream().map(String::strip).toList(), now);
    }

    private boolean inForce() {
        return status == Status.APPROVED || status == Status.RENEWED;
    }

    private void requirePending(String what) {
        if (pendingRound == null) {
            throw new ConflictException("not-pending", "nothing awaits decision on " + key + ": it is " + status
                    + "; only a requested exception or renewal can be " + what + "d", Map.of("status", status));
        }
    }

    private void requireInForce(String what) {
        if (!inForce()) {
            throw new ConflictException("not-in-force", key + " is " + status + ": only a waiver in force can be "
                    + what + "d", Map.of("status", status));
        }
    }

    private static String reminderKey(Instant expiry, int days) {
        return expiry + "|" + days;
    }

    @EventSourcingHandler
    void on(ExceptionRequested event) {
        id = event.exceptionId();
        key = event.key();
        owner = event.owner();
        systemIds = event.systemIds();
        if (event.renewal() == 0) {
            status = Status.REQUESTED;
        }
        pendingRound = event.renewal();
        pending = event;
        lastRequest = event;
        approvals.clear();
    }

    @EventSourcingHandler
    void on(ExceptionApprovalGiven event) {
        approvals.put(event.approver().subject(), event.capacity());
    }

    @EventSourcingHandler
    void on(ExceptionApproved event) {
        status = event.renewal() == 0 ? Status.APPROVED : Status.RENEWED;
        renewals = event.renewal();
        expiresAt = event.expiresAt();
        pendingRound = null;
        pending = null;
        flags.clear(); // a fresh approval has looked at everything again
    }

    @EventSourcingHandler
    void on(ExceptionRejected event) {
        if (event.renewal() == 0) {
            status = Status.REJECTED;
        }
        pendingRound = null;
        pending = null;
    }

    @EventSourcingHandler
    void on(ExceptionRevoked event) {
        status = Status.REVOKED;
        pendingRound = null;
    }

    @EventSourcingHandler
    void on(ExceptionExpired event) {
        status = Status.EXPIRED;
        pendingRound = null;
    }

    @EventSourcingHandler
    void on(ExceptionExpiryReminded event) {
        reminders.add(reminderKey(event.expiresAt(), event.daysLeft()));
    }

    @EventSourcingHandler
    void on(ExceptionFlaggedForReReview event) {
        flags.add(event.cause() + "|" + event.detail());
    }

    @EventSourcingHandler
    void on(IncidentOnExceptedSystemNoted event) {
        incidents.add(event.incidentId());
    }

    /** Exception keys (EXC-2026-0001) from their own counter, allocated in the requesting transaction. */
    @org.springframework.stereotype.Component
    static class JdbcKeys {
        private final YearlyKeys keys;

        JdbcKeys(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
            this.keys = new YearlyKeys(jdbc, "exception_key_counter");
        }

        String next(Instant now) {
            return keys.next("EXC", now.atZone(ZoneOffset.UTC).getYear());
        }
    }
}
