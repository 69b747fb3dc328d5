package dev.vigil.incident.model;

import dev.vigil.incident.declaration.DeclarationHandler;
import dev.vigil.incident.decisions.LogDecisionHandler;
import dev.vigil.incident.handoff.AssignCommanderHandler;
import dev.vigil.incident.impact.AssessImpactHandler;
import dev.vigil.incident.lifecycle.ChangeStatusHandler;
import dev.vigil.incident.notes.AddTimelineNoteHandler;
import dev.vigil.incident.participants.ParticipantsHandler;
import dev.vigil.incident.reviewpublication.NoteReviewPublicationHandler;
import dev.vigil.incident.roles.AssignRoleHandler;
import dev.vigil.incident.severity.ChangeSeverityHandler;
import dev.vigil.incident.updates.PostStatusUpdateHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.util.List;

/** The Incident aggregate with every slice's command handler, as the service wires them, for given-when-then tests. */
public final class IncidentFixture {

    private IncidentFixture() {
    }

    public static AggregateTestFixture<?> create(Clock clock, IncidentKeys keys) {
        AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);
        Incidents incidents = new Incidents(fixture.getRepository());
        for (Object handler : List.of(
                new DeclarationHandler(incidents, keys, clock),
                new ChangeSeverityHandler(incidents, clock),
                new ChangeStatusHandler(incidents, clock),
                new AssignCommanderHandler(incidents, clock),
                new AssignRoleHandler(incidents, clock),
                new ParticipantsHandler(incidents, clock),
                new AssessImpactHandler(incidents, clock),
                new LogDecisionHandler(incidents, clock),
                new PostStatusUpdateHandler(incidents, clock),
                new AddTimelineNoteHandler(incidents, clock),
                new NoteReviewPublicationHandler(incidents))) {
            fixture.registerAnnotatedCommandHandler(handler);
        }
        return fixture;
    }
}
