package dev.vigil.notification.assessment;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.Determinations;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** What can be asked of an incident's obligations. Who asks is the authenticated actor (or the system). */
public final class ObligationCommands {

    private ObligationCommands() {
    }

    /** A fact changed (the incident's, its system's, the profile): compute again; {@code cause} names the fact. */
    public record Reassess(@TargetAggregateIdentifier UUID incidentId, String cause) {
    }

    /**
     * Compliance determines facts: each non-null determination is made or revised, the others stay as
     * they were. {@code by} is the authenticated actor.
     */
    public record RecordDeterminations(@TargetAggregateIdentifier UUID incidentId, Determinations determinations,
                                       String reason, Person by) {
    }

    public record MarkNotApplicable(@TargetAggregateIdentifier UUID incidentId, UUID obligationId,
                                    String justification, Person by) {
    }

    /** From the scheduler: {@code percent} of the stage's window (100: its deadline) set for {@code dueAt} has come. */
    record FireClock(@TargetAggregateIdentifier UUID incidentId, String key, String stageId, Instant dueAt,
                     int percent) {
    }
}
