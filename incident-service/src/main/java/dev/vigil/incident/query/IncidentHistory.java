package dev.vigil.incident.query;

import dev.vigil.contracts.incident.DecisionLogged;
import dev.vigil.contracts.incident.ImpactAssessed;
import dev.vigil.contracts.incident.IncidentCommanderAssigned;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentRoleAssigned;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.ParticipantJoined;
import dev.vigil.contracts.incident.ParticipantLeft;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.ReviewPublicationNoted;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.incident.StatusUpdatePosted;
import dev.vigil.contracts.incident.TimelineNoteAdded;
import dev.vigil.platform.security.Actor;

import java.time.Duration;
import java.time.Instant;

/**
 * How each incident event changes {@link IncidentDetails}: one pure function, used by the read
 * model as events arrive, by as-of queries and by rebuilds. No framework, no I/O.
 */
public final class IncidentHistory {

    private IncidentHistory() {
    }

    /** Applies one event; {@code details} is null before the declaration. Returns the new state. */
    public static IncidentDetails apply(IncidentDetails details, Object event, Actor actor, long sequence, Instant time) {
        IncidentDetails d = details == null ? new IncidentDetails() : details;
        Person by = new Person(actor.subject(), actor.displayName());
        switch (event) {
            case IncidentDeclared e -> {
                d.id = e.incidentId();
                d.key = e.key();
                d.title = e.title();
                d.summary = e.summary();
                d.systemId = e.systemId();
                d.modelVersion = e.modelVersion();
                d.severity = e.severity();
                d.category = e.category();
                d.detectionSource = e.detectionSource();
                d.status = IncidentStatus.DECLARED;
                d.occurredAt = e.occurredAt();
                d.detectedAt = e.detectedAt();
                d.awareAt = e.awareAt();
                d.jurisdictions.addAll(e.jurisdictions());
                d.restricted = e.restricted();
                d.declaredAt = e.declaredAt();
                d.declaredBy = by;
                join(d, by);
            }
            case SeverityChanged e -> {
                d.severityHistory.add(new IncidentDetails.SeverityChange(e.from(), e.to(), e.reason(), e.changedAt(), by));
                d.severity = e.to();
            }
            case IncidentStatusChanged e -> {
                d.status = e.to();
                var times = d.times;
                switch (e.to()) {
                    case CONTAINED -> {
                        if (times.containedAt == null) {
                            times.containedAt = e.changedAt();
                            times.timeToContainSeconds = since(d, e.changedAt());
                        }
                    }
                    case RESOLVED -> {
                        if (times.resolvedAt == null) {
                            times.resolvedAt = e.changedAt();
                            times.timeToResolveSeconds = since(d, e.changedAt());
                        }
                    }
                    case CLOSED -> times.closedAt = e.changedAt();
                    default -> { }
                }
            }
            case IncidentCommanderAssigned e -> {
                d.commander = e.commander();
                join(d, e.commander());
                if (d.times.acknowledgedAt == null) {
                    d.times.acknowledgedAt = e.assignedAt();
                    d.times.timeToAcknowledgeSeconds = since(d, e.assignedAt());
                }
            }
            case IncidentRoleAssigned e -> {
                d.roles.put(e.role(), e.person());
                join(d, e.person());
            }
            case ParticipantJoined e -> join(d, e.participant());
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
        d.version = sequence;
        d.lastChangedAt = time;
        return d;
    }

    private static void join(IncidentDetails d, Person person) {
        if (d.participants.stream().noneMatch(p -> p.subject().equals(person.subject()))) {
            d.participants.add(person);
        }
    }

    private static Long since(IncidentDetails d, Instant at) {
        return d.declaredAt == null ? null : Duration.between(d.declaredAt, at).toSeconds();
    }
}
