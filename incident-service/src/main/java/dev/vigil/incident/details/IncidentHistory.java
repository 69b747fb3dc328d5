package dev.vigil.incident.details;

import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.incident.details.IncidentDetails.ResponseTimes;
import dev.vigil.incident.events.DecisionLogged;
import dev.vigil.incident.events.ImpactAssessed;
import dev.vigil.incident.events.IncidentCommanderAssigned;
import dev.vigil.incident.events.IncidentDeclared;
import dev.vigil.incident.events.IncidentRoleAssigned;
import dev.vigil.incident.events.IncidentStatusChanged;
import dev.vigil.incident.events.ParticipantJoined;
import dev.vigil.incident.events.ParticipantLeft;
import dev.vigil.incident.events.ReviewPublicationNoted;
import dev.vigil.incident.events.SeverityChanged;
import dev.vigil.incident.events.StatusUpdatePosted;
import dev.vigil.incident.events.TimelineNoteAdded;
import dev.vigil.platform.security.Actor;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How each incident event changes {@link IncidentDetails}: one pure function, used by the read
 * model as events arrive, by as-of queries and by rebuilds. No framework, no I/O.
 */
public final class IncidentHistory {

    private IncidentHistory() {
    }

    /** Applies one event; {@code details} is null before the declaration. Returns the new state. */
    public static IncidentDetails apply(IncidentDetails details, Object event, Actor actor, long sequence, Instant time) {
        Draft d = new Draft(details);
        Person by = new Person(actor.subject(), actor.displayName());
        switch (event) {
            case IncidentDeclared e -> {
                d.declared = e;
                d.severity = e.severity();
                d.status = IncidentStatus.DECLARED;
                d.declaredBy = by;
                d.join(by);
            }
            case SeverityChanged e -> {
                d.severityHistory.add(new IncidentDetails.SeverityChange(e.from(), e.to(), e.reason(), e.changedAt(), by));
                d.severity = e.to();
            }
            case IncidentStatusChanged e -> {
                d.status = e.to();
                ResponseTimes t = d.times;
                d.times = switch (e.to()) {
                    case CONTAINED -> t.containedAt() != null ? t : new ResponseTimes(t.acknowledgedAt(), e.changedAt(),
                            t.resolvedAt(), t.closedAt(), t.timeToAcknowledgeSeconds(), d.since(e.changedAt()),
                            t.timeToResolveSeconds());
                    case RESOLVED -> t.resolvedAt() != null ? t : new ResponseTimes(t.acknowledgedAt(), t.containedAt(),
                            e.changedAt(), t.closedAt(), t.timeToAcknowledgeSeconds(), t.timeToContainSeconds(),
                            d.since(e.changedAt()));
                    case CLOSED -> new ResponseTimes(t.acknowledgedAt(), t.containedAt(), t.resolvedAt(), e.changedAt(),
                            t.timeToAcknowledgeSeconds(), t.timeToContainSeconds(), t.timeToResolveSeconds());
                    default -> t;
                };
            }
            case IncidentCommanderAssigned e -> {
                d.commander = e.commander();
                d.join(e.commander());
                ResponseTimes t = d.times;
                if (t.acknowledgedAt() == null) {
                    d.times = new ResponseTimes(e.assignedAt(), t.containedAt(), t.resolvedAt(), t.closedAt(),
                            d.since(e.assignedAt()), t.timeToContainSeconds(), t.timeToResolveSeconds());
                }
            }
            case IncidentRoleAssigned e -> {
                d.roles.put(e.role(), e.person());
                d.join(e.person());
            }
            case ParticipantJoined e -> d.join(e.participant());
            case ParticipantLeft e -> d.participants.removeIf(p -> p.subject().equals(e.participant().subject()));
            case ImpactAssessed e -> {
                if (d.impact != null) {
                    d.previousImpacts.add(d.impact);
                }
                d.impact = new IncidentDetails.ImpactRevision(e.revision(), e.assessment(), e.reason(), e.assessedAt(), by);
            }
            case DecisionLogged e -> d.decisions.add(new IncidentDetails.Decision(e.decisionId(), e.kind(), e.decision(),
                    e.rationale(), e.alternatives(), e.decidedBy(), e.killSwitchScope(), e.killSwitchTarget(),
                    e.rollbackToModelVersion(), e.reversible(), e.decidedAt()));
            case StatusUpdatePosted e -> d.updates.add(new IncidentDetails.StatusUpdate(e.updateId(), e.audience(),
                    e.text(), e.postedAt(), by));
            case TimelineNoteAdded e -> d.notes++;
            case ReviewPublicationNoted e -> d.publishedReviewId = e.reviewId();
            default -> { }
        }
        // the event store keeps milliseconds: a view folded live and one rebuilt from the store must be equal
        return d.build(sequence, time.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The working copy of one fold step: the only mutable thing here, and it never escapes. */
    private static final class Draft {
        private final IncidentDetails before;
        private IncidentDeclared declared;
        private Severity severity;
        private IncidentStatus status;
        private Person declaredBy;
        private Person commander;
        private final Map<IncidentRole, Person> roles = new EnumMap<>(IncidentRole.class);
        private final List<Person> participants = new ArrayList<>();
        private IncidentDetails.ImpactRevision impact;
        private final List<IncidentDetails.ImpactRevision> previousImpacts = new ArrayList<>();
        private final List<IncidentDetails.SeverityChange> severityHistory = new ArrayList<>();
        private final List<IncidentDetails.Decision> decisions = new ArrayList<>();
        private final List<IncidentDetails.StatusUpdate> updates = new ArrayList<>();
        private int notes;
        private ResponseTimes times = ResponseTimes.NONE;
        private java.util.UUID publishedReviewId;

        Draft(IncidentDetails d) {
            this.before = d;
            if (d != null) {
                severity = d.severity();
                status = d.status();
                declaredBy = d.declaredBy();
                commander = d.commander();
                roles.putAll(d.roles());
                participants.addAll(d.participants());
                impact = d.impact();
                previousImpacts.addAll(d.previousImpacts());
                severityHistory.addAll(d.severityHistory());
                decisions.addAll(d.decisions());
                updates.addAll(d.updates());
                notes = d.notes();
                times = d.times() == null ? ResponseTimes.NONE : d.times();
                publishedReviewId = d.publishedReviewId();
            }
        }

        void join(Person person) {
            if (participants.stream().noneMatch(p -> p.subject().equals(person.subject()))) {
                participants.add(person);
            }
        }

        Long since(Instant at) {
            Instant declaredAt = declared != null ? declared.declaredAt() : before == null ? null : before.declaredAt();
            return declaredAt == null ? null : Duration.between(declaredAt, at).toSeconds();
        }

        IncidentDetails build(long sequence, Instant time) {
            IncidentDetails b = before;
            IncidentDeclared e = declared;
            return new IncidentDetails(
                    e != null ? e.incidentId() : b.id(),
                    e != null ? e.key() : b.key(),
                    e != null ? e.title() : b.title(),
                    e != null ? e.summary() : b.summary(),
                    e != null ? e.systemId() : b.systemId(),
                    e != null ? e.modelVersion() : b.modelVersion(),
                    severity,
                    e != null ? e.category() : b.category(),
                    e != null ? e.detectionSource() : b.detectionSource(),
                    status,
                    e != null ? e.occurredAt() : b.occurredAt(),
                    e != null ? e.detectedAt() : b.detectedAt(),
                    e != null ? e.awareAt() : b.awareAt(),
                    e != null ? e.jurisdictions() : b.jurisdictions(),
                    e != null ? e.restricted() : b.restricted(),
                    e != null ? e.exercise() : b.exercise(),
                    e != null ? e.declaredAt() : b.declaredAt(),
                    declaredBy, commander, roles, participants, impact, previousImpacts, severityHistory, decisions,
                    updates, notes, times, publishedReviewId, sequence, time, null);
        }
    }
}
