package dev.vigil.contracts.events;

import dev.vigil.contracts.incident.DecisionLogged;
import dev.vigil.contracts.incident.ImpactAssessed;
import dev.vigil.contracts.incident.IncidentCommanderAssigned;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentRoleAssigned;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.ParticipantJoined;
import dev.vigil.contracts.incident.ParticipantLeft;
import dev.vigil.contracts.incident.ReviewPublicationNoted;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.incident.StatusUpdatePosted;
import dev.vigil.contracts.incident.TimelineNoteAdded;
import dev.vigil.contracts.review.PostIncidentReviewPublished;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type Vigil publishes, with its CloudEvents type name
 * ({@code vigil.<context>.<EventName>.v<version>}). A consumer resolves the payload class from the
 * {@code ce_type} header here; a type it does not know (a newer producer) is simply not resolved.
 */
public final class EventCatalog {

    private static final List<Class<? extends VigilEvent>> EVENTS = List.of(
            IncidentDeclared.class,
            SeverityChanged.class,
            IncidentStatusChanged.class,
            IncidentCommanderAssigned.class,
            IncidentRoleAssigned.class,
            ParticipantJoined.class,
            ParticipantLeft.class,
            ImpactAssessed.class,
            DecisionLogged.class,
            StatusUpdatePosted.class,
            TimelineNoteAdded.class,
            ReviewPublicationNoted.class,
            PostIncidentReviewPublished.class);

    private static final Map<String, Class<? extends VigilEvent>> BY_TYPE = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(EventCatalog::typeOf, Function.identity()));

    private EventCatalog() {
    }

    /** The CloudEvents type of an event class, e.g. {@code vigil.incident.IncidentDeclared.v1}. */
    public static String typeOf(Class<?> eventClass) {
        return "vigil." + contextOf(eventClass) + "." + eventClass.getSimpleName() + ".v1";
    }

    /** The bounded context that owns an event class: the last segment of its package. */
    public static String contextOf(Class<?> eventClass) {
        String pkg = eventClass.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    public static Optional<Class<? extends VigilEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
