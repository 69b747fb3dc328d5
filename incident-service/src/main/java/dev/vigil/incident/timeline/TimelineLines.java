package dev.vigil.incident.timeline;

import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.Person;
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

import java.util.stream.Collectors;

/** Each incident event as one readable line of the timeline. Plain code. */
final class TimelineLines {

    private TimelineLines() {
    }

    static String describe(Object event) {
        return switch (event) {
            case IncidentDeclared e -> "Declared " + e.key() + " (" + e.severity() + ", " + e.category() + ") on "
                    + e.systemId() + (e.modelVersion() == null ? "" : " " + e.modelVersion()) + ": " + e.title();
            case SeverityChanged e -> "Severity " + e.from() + " → " + e.to() + ": " + e.reason();
            case IncidentStatusChanged e -> (e.from().name().equals("RESOLVED") && e.to().name().equals("INVESTIGATING")
                    ? "Reopened" : "Status " + e.from() + " → " + e.to())
                    + (e.reason() == null ? "" : ": " + e.reason());
            case IncidentCommanderAssigned e -> e.previousCommander() == null
                    ? name(e.commander()) + " took command"
                    : "Command handed over from " + name(e.previousCommander()) + " to " + name(e.commander());
            case IncidentRoleAssigned e -> name(e.person()) + " is " + e.role()
                    + (e.previous() == null ? "" : " (was " + name(e.previous()) + ")");
            case ParticipantJoined e -> name(e.participant()) + " joined";
            case ParticipantLeft e -> e.participant().subject() + " left";
            case ImpactAssessed e -> "Impact assessment revision " + e.revision() + ": " + e.assessment().realisation()
                    + (e.assessment().harmClasses().isEmpty() ? "" : " " + e.assessment().harmClasses())
                    + ", " + e.assessment().peopleAffected() + " people affected"
                    + (e.assessment().deathsOrSeriousInjuries() > 0
                    ? ", " + e.assessment().deathsOrSeriousInjuries() + " deaths or serious injuries" : "")
                    + " — " + e.reason();
            case DecisionLogged e -> "Decision" + containment(e) + ": " + e.decision() + " — because " + e.rationale()
                    + (e.alternatives().isEmpty() ? "" : "; alternatives weighed: " + String.join("; ", e.alternatives()));
            case StatusUpdatePosted e -> "Update (" + e.audience() + "): " + e.text();
            case TimelineNoteAdded e -> "Note: " + e.text();
            case ReviewPublicationNoted e -> "Post-incident review " + e.reviewId() + " published";
            default -> event.getClass().getSimpleName();
        };
    }

    private static String containment(DecisionLogged e) {
        String reversible = e.reversible() ? "reversible" : "irreversible";
        if (e.kind() == DecisionKind.KILL_SWITCH) {
            return " (kill switch, " + e.killSwitchScope() + " " + e.killSwitchTarget() + ", " + reversible + ")";
        }
        if (e.kind() == DecisionKind.ROLLBACK) {
            return " (rollback to model " + e.rollbackToModelVersion() + ", " + reversible + ")";
        }
        return "";
    }

    private static String name(Person person) {
        return person.name() == null || person.name().equals(person.subject())
                ? person.subject()
                : person.name() + " (" + person.subject() + ")";
    }

    /**
     * A line for another service's event: its source and event name, and what it names of itself (an
     * exception's key, a title, a summary, a status, a text) where it has them.
     */
    static String describeExternal(String source, String eventName, java.util.Map<String, Object> payload) {
        String detail = java.util.stream.Stream.of("exceptionKey", "title", "summary", "status", "text")
                .map(payload::get)
                .filter(v -> v instanceof String s && !s.isBlank())
                .map(Object::toString)
                .collect(Collectors.joining(" — "));
        return source + ": " + eventName + (detail.isEmpty() ? "" : ": " + detail);
    }
}
