package dev.vigil.review.incidentfacts;

import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.DecisionLogged;
import dev.vigil.contracts.incident.HarmClass;
import dev.vigil.contracts.incident.ImpactAssessed;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.contracts.incident.IncidentCommanderAssigned;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentRoleAssigned;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.ParticipantJoined;
import dev.vigil.contracts.incident.ParticipantLeft;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.incident.StatusUpdatePosted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What review-service knows of one incident, from what the incident topic says: the facts a review starts
 * from and the people whose names the blameless check looks for. Built only by {@link #apply}, a pure fold.
 *
 * @param people      everyone who took part, by subject (declarer, commanders, role holders, participants),
 *                    including those who left: a review may still name them
 * @param times       occurred, detected, aware, declared, acknowledged (first commander), contained, resolved
 * @param events      how many incident events have been folded in
 */
public record IncidentFacts(UUID incidentId, String key, String title, String summary, String systemId,
                           String modelVersion, String category, String detectionSource, boolean restricted,
                           Severity severity, List<SeverityStep> severityHistory, Times times, String status,
                           List<Person> commanders, Map<String, Person> people, List<Decision> decisions,
                           ImpactAssessment impact, List<Update> updates, List<Resolution> resolutions, long events) {

    public IncidentFacts {
        severityHistory = List.copyOf(severityHistory);
        commanders = List.copyOf(commanders);
        people = Map.copyOf(people);
        decisions = List.copyOf(decisions);
        updates = List.copyOf(updates);
        resolutions = List.copyOf(resolutions);
    }

    public record SeverityStep(Severity from, Severity to, String reason, Instant at) {
    }

    public record Times(Instant occurredAt, Instant detectedAt, Instant awareAt, Instant declaredAt,
                        Instant acknowledgedAt, Instant containedAt, Instant resolvedAt) {
    }

    /** A decision from the incident's log; a kill switch or a rollback is a containment step. */
    public record Decision(DecisionKind kind, String decision, String rationale, Person decidedBy, String target,
                           boolean reversible, Instant decidedAt) {
        public boolean containment() {
            return kind == DecisionKind.KILL_SWITCH || kind == DecisionKind.ROLLBACK;
        }
    }

    public record Update(String text, Instant postedAt) {
    }

    public record Resolution(String reason, Instant at) {
    }

    /** The highest severity the incident ever had (SEV1 is highest). */
    public Severity highestSeverity() {
        return severityHistory.stream().flatMap(s -> java.util.stream.Stream.of(s.from(), s.to()))
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(severity);
    }

    public List<HarmClass> harmClasses() {
        return impact == null ? List.of() : impact.harmClasses();
    }

    public Long peopleAffected() {
        return impact == null ? null : impact.peopleAffected();
    }

    /** Names and subjects of everyone who took part: what the blameless check must not find blamed. */
    public List<String> namesAndSubjects() {
        List<String> all = new ArrayList<>();
        people.values().forEach(p -> {
            all.add(p.subject());
            if (p.name() != null && !p.name().equals(p.subject())) {
                all.add(p.name());
            }
        });
        return List.copyOf(all);
    }

    /**
     * The facts after one more incident event; {@code facts} is null before the declaration (events that
     * arrive first are ignored: the declaration always comes first on its partition).
     *
     * @param actor the event's actor (subject) and actorName, from its headers
     */
    public static IncidentFacts apply(IncidentFacts facts, Object event, String actor, String actorName) {
        if (event instanceof IncidentDeclared e) {
            if (facts != null) {
                return facts;
            }
            Map<String, Person> people = new LinkedHashMap<>();
            if (actor != null && !actor.isBlank()) {
                people.put(actor, new Person(actor, actorName == null ? actor : actorName));
            }
            return new IncidentFacts(e.incidentId(), e.key(), e.title(), e.summary(), e.systemId(), e.modelVersion(),
                    e.category().name(), e.detectionSource().name(), e.restricted(), e.severity(),
                    List.of(new SeverityStep(null, e.severity(), "declared", e.declaredAt())),
                    new Times(e.occurredAt(), e.detectedAt(), e.awareAt(), e.declaredAt(), null, null, null),
                    "DECLARED", List.of(), people, List.of(), null, List.of(), List.of(), 1);
        }
        if (facts == null) {
            return null;
        }
        Draft d = new Draft(facts);
        switch (event) {
            case SeverityChanged e -> {
                d.severity = e.to();
                d.severityHistory.add(new SeverityStep(e.from(), e.to(), e.reason(), e.changedAt()));
            }
            case IncidentStatusChanged e -> {
                d.status = e.to().name();
                if (e.to() == IncidentStatus.CONTAINED && d.times.containedAt() == null) {
                    d.times = times(d.times, null, e.changedAt(), null);
                }
                if (e.to() == IncidentStatus.RESOLVED) {
                    d.times = times(d.times, null, null, e.changedAt());
                    d.resolutions.add(new Resolution(e.reason(), e.changedAt()));
                }
            }
            case IncidentCommanderAssigned e -> {
                d.commanders.add(e.commander());
                d.people.put(e.commander().subject(), e.commander());
                if (d.times.acknowledgedAt() == null) {
                    d.times = times(d.times, e.assignedAt(), null, null);
                }
            }
            case IncidentRoleAssigned e -> d.people.put(e.person().subject(), e.person());
            case ParticipantJoined e -> d.people.put(e.participant().subject(), e.participant());
            case ParticipantLeft e -> d.people.putIfAbsent(e.participant().subject(), e.participant());
            case ImpactAssessed e -> d.impact = e.assessment();
            case DecisionLogged e -> d.decisions.add(new Decision(e.kind(), e.decision(), e.rationale(), e.decidedBy(),
                    e.killSwitchTarget() != null ? e.killSwitchTarget() : e.rollbackToModelVersion(), e.reversible(),
                    e.decidedAt()));
            case StatusUpdatePosted e -> d.updates.add(new Update(e.text(), e.postedAt()));
            default -> {
                return facts;
            }
        }
        return d.build();
    }

    private static Times times(Times t, Instant acknowledged, Instant contained, Instant resolved) {
        return new Times(t.occurredAt(), t.detectedAt(), t.awareAt(), t.declaredAt(),
                acknowledged != null ? acknowledged : t.acknowledgedAt(),
                contained != null ? contained : t.containedAt(),
                resolved != null ? resolved : t.resolvedAt());
    }

    private static final class Draft {
        final IncidentFacts f;
        Severity severity;
        final List<SeverityStep> severityHistory;
        Times times;
        String status;
        final List<Person> commanders;
        final Map<String, Person> people;
        final List<Decision> decisions;
        ImpactAssessment impact;
        final List<Update> updates;
        final List<Resolution> resolutions;

        Draft(IncidentFacts f) {
            this.f = f;
            severity = f.severity;
            severityHistory = new ArrayList<>(f.severityHistory);
            times = f.times;
            status = f.status;
            commanders = new ArrayList<>(f.commanders);
            people = new LinkedHashMap<>(f.people);
            decisions = new ArrayList<>(f.decisions);
            impact = f.impact;
            updates = new ArrayList<>(f.updates);
            resolutions = new ArrayList<>(f.resolutions);
        }

        IncidentFacts build() {
            return new IncidentFacts(f.incidentId, f.key, f.title, f.summary, f.systemId, f.modelVersion, f.category,
                    f.detectionSource, f.restricted, severity, severityHistory, times, status, commanders, people,
                    decisions, impact, updates, resolutions, f.events + 1);
        }
    }
}
