package dev.vigil.incident.model;

import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.incident.events.ImpactAssessed;
import dev.vigil.incident.events.IncidentCommanderAssigned;
import dev.vigil.incident.events.IncidentDeclared;
import dev.vigil.incident.events.IncidentRoleAssigned;
import dev.vigil.incident.events.IncidentStatusChanged;
import dev.vigil.incident.events.ParticipantJoined;
import dev.vigil.incident.events.ParticipantLeft;
import dev.vigil.incident.events.ReviewPublicationNoted;
import dev.vigil.incident.events.SeverityChanged;
import dev.vigil.platform.problem.ConflictException;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the incident's rules need to know of its past, folded from its events by {@link #evolve}:
 * plain data and a pure function, so each slice's decision can be tested without a framework. An
 * event that no later rule looks at needs no line here.
 */
public record IncidentState(UUID id, IncidentStatus status, Severity severity, Person commander,
                            Map<IncidentRole, Person> roles, Set<String> participants, int impactRevision,
                            UUID publishedReview) {

    public IncidentState {
        roles = Map.copyOf(roles);
        participants = Set.copyOf(participants);
    }

    /** The state after one more event; {@code actor} is the subject who caused it. */
    static IncidentState evolve(IncidentState s, Object event, String actor) {
        return switch (event) {
            case IncidentDeclared e -> new IncidentState(e.incidentId(), IncidentStatus.DECLARED, e.severity(), null,
                    Map.of(), actor == null ? Set.of() : Set.of(actor), 0, null); // the declarer takes part
            case SeverityChanged e -> new IncidentState(s.id, s.status, e.to(), s.commander, s.roles, s.participants,
                    s.impactRevision, s.publishedReview);
            case IncidentStatusChanged e -> new IncidentState(s.id, e.to(), s.severity, s.commander, s.roles,
                    s.participants, s.impactRevision, s.publishedReview);
            case IncidentCommanderAssigned e -> new IncidentState(s.id, s.status, s.severity, e.commander(), s.roles,
                    s.joined(e.commander().subject()), s.impactRevision, s.publishedReview);
            case IncidentRoleAssigned e -> {
                Map<IncidentRole, Person> roles = new EnumMap<>(IncidentRole.class);
                roles.putAll(s.roles);
                roles.put(e.role(), e.person());
                yield new IncidentState(s.id, s.status, s.severity, s.commander, roles,
                        s.joined(e.person().subject()), s.impactRevision, s.publishedReview);
            }
            case ParticipantJoined e -> new IncidentState(s.id, s.status, s.severity, s.commander, s.roles,
                    s.joined(e.participant().subject()), s.impactRevision, s.publishedReview);
            case ParticipantLeft e -> {
                Set<String> participants = new HashSet<>(s.participants);
                participants.remove(e.participant().subject());
                yield new IncidentState(s.id, s.status, s.severity, s.commander, s.roles, participants,
                        s.impactRevision, s.publishedReview);
            }
            case ImpactAssessed e -> new IncidentState(s.id, s.status, s.severity, s.commander, s.roles,
                    s.participants, e.revision(), s.publishedReview);
            case ReviewPublicationNoted e -> new IncidentState(s.id, s.status, s.severity, s.commander, s.roles,
                    s.participants, s.impactRevision, e.reviewId());
            default -> s;
        };
    }

    private Set<String> joined(String subject) {
        Set<String> all = new HashSet<>(participants);
        all.add(subject);
        return all;
    }

    public boolean takesPart(String subject) {
        return participants.contains(subject);
    }

    /** Whether the person commands the incident or holds one of its roles. */
    public boolean holdsARole(String subject) {
        return commander != null && commander.subject().equals(subject)
                || roles.values().stream().anyMatch(p -> p.subject().equals(subject));
    }

    /** A closed incident's record no longer changes. */
    public void requireOpen() {
        if (status == IncidentStatus.CLOSED) {
            throw new ConflictException("closed", "the incident is closed: its record no longer changes",
                    Map.of("status", status));
        }
    }
}
