package dev.vigil.incident.model;

import dev.vigil.contracts.incident.Audience;
import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.incident.events.DecisionLogged;
import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HarmClass;
import dev.vigil.contracts.incident.HarmRealisation;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.incident.events.ImpactAssessed;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.incident.events.IncidentCommanderAssigned;
import dev.vigil.incident.events.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.incident.events.IncidentRoleAssigned;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.incident.events.IncidentStatusChanged;
import dev.vigil.contracts.incident.KillSwitchScope;
import dev.vigil.incident.events.ParticipantJoined;
import dev.vigil.incident.events.ParticipantLeft;
import dev.vigil.contracts.incident.Person;
import dev.vigil.incident.events.ReviewPublicationNoted;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.incident.events.SeverityChanged;
import dev.vigil.incident.events.StatusUpdatePosted;
import dev.vigil.incident.events.TimelineNoteAdded;
import dev.vigil.incident.participants.AddParticipant;
import dev.vigil.incident.notes.AddTimelineNote;
import dev.vigil.incident.impact.AssessImpact;
import dev.vigil.incident.handoff.AssignCommander;
import dev.vigil.incident.roles.AssignRole;
import dev.vigil.incident.severity.ChangeSeverity;
import dev.vigil.incident.lifecycle.ChangeStatus;
import dev.vigil.incident.decisions.LogDecision;
import dev.vigil.incident.reviewpublication.NoteReviewPublication;
import dev.vigil.incident.updates.PostStatusUpdate;
import dev.vigil.incident.participants.RemoveParticipant;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** The rules of running an incident, one test each; every refusal records nothing. */
class RunningAnIncidentTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final UUID ID = UUID.fromString("7f1c2d3e-0000-4000-8000-000000000002");
    static final Person RITA = new Person("rita", "Rita Responder");
    static final Person CARL = new Person("carl", "Carl Commander");
    static final Person IRIS = new Person("iris", "Iris Commander");
    static final UUID REVIEW = UUID.fromString("7f1c2d3e-0000-4000-8000-0000000000aa");

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = IncidentFixture.create(Clock.fixed(NOW, ZoneOffset.UTC),
                (series, year) -> IncidentKeys.format(series, year, 1));
    }

    /** Declared by Rita (who thereby takes part). */
    static Object declared() {
        return GenericEventMessage.asEventMessage(new IncidentDeclared(ID, "INC-2026-0001", "Support bot gave dosage advice",
                        null, "support-bot", "2026-10-01", Severity.SEV2, HazardCategory.HIGH_STAKES_HALLUCINATION,
                        DetectionSource.USER_REPORT, null, NOW.minusSeconds(3600), NOW.minusSeconds(1800), List.of("EU"),
                        false, NOW.minusSeconds(600)))
                .andMetaData(Map.of(VigilMetaData.ACTOR_SUBJECT, RITA.subject()));
    }

    static IncidentStatusChanged moved(IncidentStatus from, IncidentStatus to) {
        return new IncidentStatusChanged(ID, from, to, null, NOW);
    }

    ResultValidator<?> when(Object command, Object... history) {
        List<Object> events = new ArrayList<>();
        events.add(declared());
        events.addAll(Arrays.asList(history));
        return fixture.given(events).when(command);
    }

    static ImpactAssessment impact(long people) {
        return new ImpactAssessment(HarmRealisation.INCIDENT, List.of(HarmClass.HEALTH), people, true, false, false, 0,
                false, "health", "Acme AI", "Acme Support");
    }

    // severity

    @Test
    void a_severity_change_records_from_to_and_reason() {
        when(new ChangeSeverity(ID, null, Severity.SEV1, "minors affected"))
                .expectEvents(new SeverityChanged(ID, Severity.SEV2, Severity.SEV1, "minors affected", NOW));
    }

    @Test
    void a_severity_change_needs_a_reason() {
        when(new ChangeSeverity(ID, null, Severity.SEV1, " "))
                .expectNoEvents().expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("reason"));
    }

    @Test
    void changing_to_the_same_severity_is_refused() {
        when(new ChangeSeverity(ID, null, Severity.SEV2, "again"))
                .expectNoEvents().expectException(RuleViolationException.class);
    }

    // lifecycle

    @Test
    void a_declared_incident_moves_to_investigating() {
        when(new ChangeStatus(ID, null, IncidentStatus.INVESTIGATING, null))
                .expectEvents(moved(IncidentStatus.DECLARED, IncidentStatus.INVESTIGATING));
    }

    @Test
    void an_illegal_move_is_refused_naming_the_allowed_moves() {
        when(new ChangeStatus(ID, null, IncidentStatus.RESOLVED, null))
                .expectNoEvents().expectException(ConflictException.class)
                .expectExceptionMessage(allOf(containsString("DECLARED cannot move to RESOLVED"),
                        containsString("allowed: [INVESTIGATING]")));
    }

    @Test
    void an_incident_cannot_close_before_its_review_is_published() {
        when(new ChangeStatus(ID, null, IncidentStatus.CLOSED, null),
                moved(IncidentStatus.DECLARED, IncidentStatus.INVESTIGATING),
                moved(IncidentStatus.INVESTIGATING, IncidentStatus.CONTAINED),
                moved(IncidentStatus.CONTAINED, IncidentStatus.RESOLVED))
                .expectNoEvents().expectException(ConflictException.class)
                .expectExceptionMessage(containsString("post-incident review is published"));
    }

    @Test
    void an_incident_closes_once_its_review_is_published() {
        when(new ChangeStatus(ID, null, IncidentStatus.CLOSED, null),
                moved(IncidentStatus.DECLARED, IncidentStatus.INVESTIGATING),
                moved(IncidentStatus.INVESTIGATING, IncidentStatus.CONTAINED),
                moved(IncidentStatus.CONTAINED, IncidentStatus.RESOLVED),
                new ReviewPublicationNoted(ID, REVIEW, NOW))
                .expectEvents(moved(IncidentStatus.RESOLVED, IncidentStatus.CLOSED));
    }

    @Test
    void a_resolved_incident_reopens_with_a_reason() {
        Object[] resolved = {moved(IncidentStatus.DECLARED, IncidentStatus.INVESTIGATING),
                moved(IncidentStatus.INVESTIGATING, IncidentStatus.CONTAINED),
                moved(IncidentStatus.CONTAINED, IncidentStatus.RESOLVED)};
        when(new ChangeStatus(ID, null, IncidentStatus.INVESTIGATING, null), resolved)
                .expectNoEvents().expectException(InvalidInputException.class);
        when(new ChangeStatus(ID, null, IncidentStatus.INVESTIGATING, "recurred in EU"), resolved)
                .expectEvents(new IncidentStatusChanged(ID, IncidentStatus.RESOLVED, IncidentStatus.INVESTIGATING,
                        "recurred in EU", NOW));
    }

    @Test
    void a_closed_incident_changes_no_more() {
        when(new ChangeSeverity(ID, null, Severity.SEV1, "late finding"),
                moved(IncidentStatus.DECLARED, IncidentStatus.INVESTIGATING),
                moved(IncidentStatus.INVESTIGATING, IncidentStatus.CONTAINED),
                moved(IncidentStatus.CONTAINED, IncidentStatus.RESOLVED),
                new ReviewPublicationNoted(ID, REVIEW, NOW),
                moved(IncidentStatus.RESOLVED, IncidentStatus.CLOSED))
                .expectNoEvents().expectException(ConflictException.class);
    }

    // command and roles

    @Test
    void the_first_commander_takes_command() {
        when(new AssignCommander(ID, null, new Person(" carl ", "Carl Commander")))
                .expectEvents(new IncidentCommanderAssigned(ID, CARL, null, NOW));
    }

    @Test
    void a_handoff_is_one_event_naming_both_commanders() {
        when(new AssignCommander(ID, null, IRIS), new IncidentCommanderAssigned(ID, CARL, null, NOW))
                .expectEvents(new IncidentCommanderAssigned(ID, IRIS, CARL, NOW));
    }

    @Test
    void handing_command_to_the_commander_is_refused() {
        when(new AssignCommander(ID, null, CARL), new IncidentCommanderAssigned(ID, CARL, null, NOW))
                .expectNoEvents().expectException(RuleViolationException.class);
    }

    @Test
    void a_commander_needs_a_subject() {
        when(new AssignCommander(ID, null, new Person("", "Nobody")))
                .expectNoEvents().expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("commander.subject"));
    }

    @Test
    void a_role_is_assigned_naming_who_held_it_before() {
        when(new AssignRole(ID, null, IncidentRole.SCRIBE, CARL),
                new IncidentRoleAssigned(ID, IncidentRole.SCRIBE, RITA, null, NOW))
                .expectEvents(new IncidentRoleAssigned(ID, IncidentRole.SCRIBE, CARL, RITA, NOW));
    }

    // participants

    @Test
    void a_participant_joins_once() {
        when(new AddParticipant(ID, null, CARL)).expectEvents(new ParticipantJoined(ID, CARL, NOW));
        when(new AddParticipant(ID, null, CARL), new ParticipantJoined(ID, CARL, NOW))
                .expectNoEvents().expectException(RuleViolationException.class);
    }

    @Test
    void the_declarer_already_takes_part() {
        when(new AddParticipant(ID, null, RITA)).expectNoEvents().expectException(RuleViolationException.class);
    }

    @Test
    void a_participant_leaves_but_not_while_holding_a_role() {
        when(new RemoveParticipant(ID, null, "carl"), new ParticipantJoined(ID, CARL, NOW))
                .expectEvents(new ParticipantLeft(ID, new Person("carl", null), NOW));
        when(new RemoveParticipant(ID, null, "carl"), new IncidentCommanderAssigned(ID, CARL, null, NOW))
                .expectNoEvents().expectException(ConflictException.class);
        when(new RemoveParticipant(ID, null, "nobody")).expectNoEvents().expectException(RuleViolationException.class);
    }

    // impact

    @Test
    void each_impact_assessment_is_a_numbered_revision_with_a_reason() {
        when(new AssessImpact(ID, null, impact(40), "support logs counted"),
                new ImpactAssessed(ID, 1, impact(3), "first estimate", NOW))
                .expectEvents(new ImpactAssessed(ID, 2, impact(40), "support logs counted", NOW));
    }

    @Test
    void an_impact_assessment_that_leaves_a_fact_out_is_refused_not_read_as_none() {
        when(new AssessImpact(ID, null, new ImpactAssessment(HarmRealisation.INCIDENT, List.of(), 3L, null, false, false,
                null, false, null, null, null), "partial"))
                .expectNoEvents().expectException(InvalidInputException.class)
                .expectExceptionMessage(allOf(containsString("assessment.minorsAffected"),
                        containsString("assessment.deathsOrSeriousInjuries")));
    }

    @Test
    void an_impact_assessment_cannot_count_below_zero_or_go_without_reason() {
        when(new AssessImpact(ID, null, impact(-1), null))
                .expectNoEvents().expectException(InvalidInputException.class)
                .expectExceptionMessage(allOf(containsString("assessment.peopleAffected"), containsString("reason")));
    }

    // decisions

    static LogDecision decision(DecisionKind kind, KillSwitchScope scope, String target, String rollback, Boolean reversible) {
        return new LogDecision(ID, null, REVIEW, kind, "Disable dosage answers", "Stops the harm now",
                List.of("Prompt patch", "Full shutdown"), scope, target, rollback, reversible, CARL);
    }

    @Test
    void a_kill_switch_decision_names_scope_target_and_reversibility() {
        when(decision(DecisionKind.KILL_SWITCH, KillSwitchScope.FEATURE, "dosage-answers", null, true))
                .expectEvents(new DecisionLogged(ID, REVIEW, DecisionKind.KILL_SWITCH, "Disable dosage answers",
                        "Stops the harm now", List.of("Prompt patch", "Full shutdown"), CARL, KillSwitchScope.FEATURE,
                        "dosage-answers", null, true, NOW));
    }

    @Test
    void a_kill_switch_without_scope_target_or_reversibility_is_refused() {
        when(decision(DecisionKind.KILL_SWITCH, null, null, null, null))
                .expectNoEvents().expectException(InvalidInputException.class)
                .expectExceptionMessage(allOf(containsString("killSwitchScope"), containsString("killSwitchTarget"),
                        containsString("reversible")));
    }

    @Test
    void a_rollback_names_the_model_version() {
        when(decision(DecisionKind.ROLLBACK, null, null, null, false))
                .expectNoEvents().expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("rollbackToModelVersion"));
        when(decision(DecisionKind.ROLLBACK, null, null, "2026-09-01", false)).expectSuccessfulHandlerExecution();
    }

    @Test
    void a_general_decision_names_no_kill_switch() {
        when(decision(DecisionKind.GENERAL, KillSwitchScope.MODEL, "support-bot", null, null))
                .expectNoEvents().expectException(InvalidInputException.class);
    }

    // updates and notes

    @Test
    void a_status_update_names_its_audience() {
        when(new PostStatusUpdate(ID, null, REVIEW, null, "All good"))
                .expectNoEvents().expectException(InvalidInputException.class);
        when(new PostStatusUpdate(ID, null, REVIEW, Audience.EXTERNAL, " We disabled the feature. "))
                .expectEvents(new StatusUpdatePosted(ID, REVIEW, Audience.EXTERNAL, "We disabled the feature.", NOW));
    }

    @Test
    void a_responder_writes_notes_only_in_incidents_they_take_part_in() {
        Person outsider = new Person("omar", "Omar");
        when(new AddTimelineNote(ID, null, REVIEW, "Found the prompt", outsider, false))
                .expectNoEvents().expectException(ConflictException.class);
        when(new AddTimelineNote(ID, null, REVIEW, "Found the prompt", RITA, false))
                .expectEvents(new TimelineNoteAdded(ID, REVIEW, "Found the prompt", NOW));
        when(new AddTimelineNote(ID, null, REVIEW, "Found the prompt", outsider, true))
                .expectSuccessfulHandlerExecution();
    }

    // reactions

    @Test
    void a_published_review_is_noted_once() {
        when(new NoteReviewPublication(ID, REVIEW, NOW)).expectEvents(new ReviewPublicationNoted(ID, REVIEW, NOW));
        when(new NoteReviewPublication(ID, REVIEW, NOW), new ReviewPublicationNoted(ID, REVIEW, NOW)).expectNoEvents();
    }
}
