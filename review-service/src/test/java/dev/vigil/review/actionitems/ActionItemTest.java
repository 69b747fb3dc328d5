package dev.vigil.review.actionitems;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.review.ActionItemPriority;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.ActionItemType;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.ForbiddenException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.security.SeparationOfDuties;
import dev.vigil.review.actionitems.ActionItemCommands.AddEvidence;
import dev.vigil.review.actionitems.ActionItemCommands.ChangeDueDate;
import dev.vigil.review.actionitems.ActionItemCommands.ChangeStatus;
import dev.vigil.review.actionitems.ActionItemCommands.CreateActionItem;
import dev.vigil.review.actionitems.ActionItemCommands.Outcome;
import dev.vigil.review.actionitems.ActionItemCommands.RemindDueSoon;
import dev.vigil.review.actionitems.ActionItemCommands.RemindOverdue;
import dev.vigil.review.actionitems.ActionItemCommands.Verify;
import dev.vigil.review.events.ActionItemCreated;
import dev.vigil.review.events.ActionItemDueDateMoved;
import dev.vigil.review.events.ActionItemDueSoonReminded;
import dev.vigil.review.events.ActionItemEvidenceAdded;
import dev.vigil.review.events.ActionItemMoved;
import dev.vigil.review.events.ActionItemOverdueReminded;
import dev.vigil.review.events.ActionItemRiskAccepted;
import dev.vigil.review.events.ActionItemVerified;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dev.vigil.contracts.review.ActionItemStatus.DONE;
import static dev.vigil.contracts.review.ActionItemStatus.IN_PROGRESS;
import static dev.vigil.contracts.review.ActionItemStatus.OPEN;
import static dev.vigil.contracts.review.ActionItemStatus.VERIFIED;
import static dev.vigil.contracts.review.ActionItemStatus.WONT_DO;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of an action item, one test each; every refusal records nothing. */
class ActionItemTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final UUID ID = UUID.fromString("5e0c0e00-0000-4000-8000-000000000002");
    static final UUID REVIEW = UUID.fromString("5e0c0e00-0000-4000-8000-000000000001");
    static final UUID INCIDENT = UUID.fromString("7ae0d455-895b-4fdf-968d-6ea862f57bc4");
    static final Person OMAR = new Person("omar", "Omar Owner");
    static final Person ROSA = new Person("rosa", "Rosa Reviewer");
    static final Person CORA = new Person("cora", "Cora Committee");
    static final Person RITA = new Person("rita", "Rita Responder");
    static final Set<String> RESPONDER = Set.of("RESPONDER");
    static final Set<String> COMMITTEE = Set.of("COMMITTEE");
    static final LocalDate DUE = TODAY.plusDays(15);
    static final Instant DUE_AT = Instant.parse("2026-12-08T00:00:00Z");

    private AggregateTestFixture<ActionItem> fixture;
    private final List<String> scheduled = new ArrayList<>();
    /** The Jira outbox: off unless a test turns it on; what it was asked to push. */
    private boolean jira;
    private final List<String> pushed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = fixtureAt(NOW);
    }

    private AggregateTestFixture<ActionItem> fixtureAt(Instant now) {
        AggregateTestFixture<ActionItem> fixture = new AggregateTestFixture<>(ActionItem.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(ActionItemSettings.defaults());
        fixture.registerInjectableResource(new TrackerOutbox() {
            @Override
            public boolean enabled() {
                return jira;
            }

            @Override
            public void changed(UUID actionItemId) {
                pushed.add("changed " + actionItemId);
            }

            @Override
            public void resync(UUID actionItemId) {
                pushed.add("resync " + actionItemId);
            }
        });
        fixture.registerInjectableResource(new PersistentScheduler(null, List.of(), Clock.systemUTC(), Duration.ofDays(1)) {
            @Override
            public <T> boolean schedule(TaskInstance<T> instance, Instant at) {
                scheduled.add(instance.getTaskName() + " " + instance.getId() + " at " + at);
                return true;
            }
        });
        return fixture;
    }

    static CreateActionItem create(LocalDate due, Severity severity) {
        return new CreateActionItem(ID, REVIEW, INCIDENT, "INC-2026-0001", " Alert on dosage answers ", "Page on-call",
                OMAR, " Safety eng ", ActionItemType.DETECT, ActionItemPriority.HIGH, due, severity, ROSA);
    }

    static ActionItemCreated created() {
        return new ActionItemCreated(ID, REVIEW, INCIDENT, "INC-2026-0001", "Alert on dosage answers", "Page on-call",
                OMAR, "Safety eng", ActionItemType.DETECT, ActionItemPriority.HIGH, DUE, DUE_AT, true, ROSA, NOW);
    }

    static ActionItemMoved moved(ActionItemStatus from, ActionItemStatus to, String reason, Person by) {
        return new ActionItemMoved(ID, from, to, reason, by, NOW);
    }

    static ActionItemEvidenceAdded evidence() {
        return new ActionItemEvidenceAdded(ID, "Alert live", List.of("https://example.org/pr/1"), OMAR, NOW);
    }

    static Object[] done() {
        return new Object[]{created(), moved(OPEN, IN_PROGRESS, null, OMAR), evidence(), moved(IN_PROGRESS, DONE, null, OMAR)};
    }

    @Test
    void a_new_item_is_due_by_its_incidents_highest_severity_and_its_reminders_are_scheduled() {
        fixture.givenNoPriorActivity()
                .when(create(null, Severity.SEV1))
                .expectEvents(created());
        assertThat(scheduled).containsExactly(
                "action-item-due-soon " + ID + "@" + DUE_AT + "@7 at 2026-12-01T00:00:00Z",
                "action-item-due-soon " + ID + "@" + DUE_AT + "@1 at 2026-12-07T00:00:00Z",
                "action-item-overdue " + ID + "@" + DUE_AT + "@0 at " + DUE_AT);
    }

    @Test
    void the_default_due_date_follows_the_configured_days_for_each_severity_and_hazards() {
        ActionItemSettings settings = ActionItemSettings.defaults();
        assertThat(List.of(Severity.SEV1, Severity.SEV2, Severity.SEV3, Severity.SEV4)).map(settings::daysFor)
                .containsExactly(15, 30, 60, 90);
        assertThat(settings.daysFor(null)).isEqualTo(60);
        assertThat(new ActionItemSettings(java.util.Map.of(Severity.SEV1, 10), null).daysFor(Severity.SEV1)).isEqualTo(10);
    }

    @Test
    void a_due_date_in_the_past_is_refused() {
        fixture.givenNoPriorActivity()
                .when(create(TODAY.minusDays(1), Severity.SEV2))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        assertThat(scheduled).isEmpty();
    }

    @Test
    void the_owner_starts_the_work() {
        fixture.given(created())
                .when(new ChangeStatus(ID, IN_PROGRESS, null, OMAR, RESPONDER, null))
                .expectEvents(moved(OPEN, IN_PROGRESS, null, OMAR));
    }

    @Test
    void someone_who_neither_owns_the_item_nor_stewards_reviews_may_not_move_it() {
        fixture.given(created())
                .when(new ChangeStatus(ID, IN_PROGRESS, null, RITA, RESPONDER, null))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void an_illegal_move_is_refused_naming_the_allowed_ones() {
        fixture.given(created())
                .when(new ChangeStatus(ID, DONE, null, OMAR, RESPONDER, null))
                .expectException(ConflictException.class)
                .expectExceptionMessage("an action item in OPEN cannot move to DONE; allowed: [IN_PROGRESS, WONT_DO]")
                .expectNoEvents();
        fixture.given(done())
                .when(new ChangeStatus(ID, ActionItemStatus.VERIFIED, null, CORA, COMMITTEE, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void done_needs_evidence() {
        fixture.given(created(), moved(OPEN, IN_PROGRESS, null, OMAR))
                .when(new ChangeStatus(ID, DONE, null, OMAR, RESPONDER, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("evidence"))
                .expectNoEvents();
        fixture.given(created(), moved(OPEN, IN_PROGRESS, null, OMAR), evidence())
                .when(new ChangeStatus(ID, DONE, null, OMAR, RESPONDER, null))
                .expectEvents(moved(IN_PROGRESS, DONE, null, OMAR));
    }

    @Test
    void wont_do_needs_a_justification_and_a_reopening_a_reason() {
        fixture.given(created())
                .when(new ChangeStatus(ID, WONT_DO, " ", OMAR, RESPONDER, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(done())
                .when(new ChangeStatus(ID, OPEN, null, OMAR, RESPONDER, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(created(), moved(OPEN, WONT_DO, "Feature retired", OMAR))
                .when(new ChangeStatus(ID, OPEN, "Feature back", ROSA, Set.of("REVIEWER"), null))
                .expectEvents(moved(WONT_DO, OPEN, "Feature back", ROSA));
    }

    @Test
    void evidence_is_added_by_the_owner_and_not_to_a_closed_item() {
        fixture.given(created())
                .when(new AddEvidence(ID, " Alert live ", List.of("https://example.org/pr/1"), OMAR, RESPONDER))
                .expectEvents(evidence());
        List<Object> verified = new ArrayList<>(List.of(done()));
        verified.add(new ActionItemVerified(ID, null, CORA, NOW));
        fixture.given(verified)
                .when(new AddEvidence(ID, "More", List.of("https://example.org"), OMAR, RESPONDER))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void a_committee_member_who_does_not_own_the_item_verifies_it() {
        fixture.given(done())
                .when(new Verify(ID, Outcome.VERIFIED, "Alert fired in the drill", CORA, null))
                .expectEvents(new ActionItemVerified(ID, "Alert fired in the drill", CORA, NOW));
    }

    @Test
    void the_owner_does_not_verify_their_own_item() {
        fixture.given(done())
                .when(new Verify(ID, Outcome.VERIFIED, null, OMAR, null))
                .expectException(SeparationOfDuties.SeparationOfDutiesViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_failed_verification_sends_the_item_back_to_in_progress_with_the_reason() {
        fixture.given(done())
                .when(new Verify(ID, Outcome.FAILED, null, CORA, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(done())
                .when(new Verify(ID, Outcome.FAILED, "The alert has no runbook", CORA, null))
                .expectEvents(moved(DONE, IN_PROGRESS, "The alert has no runbook", CORA));
        assertThat(scheduled).isNotEmpty();
    }

    @Test
    void only_a_done_item_or_an_unaccepted_wont_do_can_be_verified() {
        fixture.given(created())
                .when(new Verify(ID, Outcome.VERIFIED, null, CORA, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(done())
                .when(new Verify(ID, Outcome.ACCEPTED, null, CORA, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void the_committee_accepts_the_risk_of_a_wont_do_unless_it_proposed_it() {
        fixture.given(created(), moved(OPEN, WONT_DO, "Feature retired", ROSA))
                .when(new Verify(ID, Outcome.ACCEPTED, null, ROSA, null))
                .expectException(SeparationOfDuties.SeparationOfDutiesViolation.class)
                .expectNoEvents();
        fixture.given(created(), moved(OPEN, WONT_DO, "Feature retired", OMAR))
                .when(new Verify(ID, Outcome.ACCEPTED, "Retired for good", CORA, null))
                .expectEvents(new ActionItemRiskAccepted(ID, "Retired for good", CORA, NOW));
        fixture.given(created(), moved(OPEN, WONT_DO, "Feature retired", OMAR),
                        new ActionItemRiskAccepted(ID, null, CORA, NOW))
                .when(new Verify(ID, Outcome.ACCEPTED, null, CORA, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void a_rejected_risk_acceptance_reopens_the_item() {
        fixture.given(created(), moved(OPEN, WONT_DO, "Feature retired", OMAR))
                .when(new Verify(ID, Outcome.REJECTED, "Still in use", CORA, null))
                .expectEvents(moved(WONT_DO, OPEN, "Still in use", CORA));
    }

    @Test
    void a_due_date_change_is_a_slip_with_a_reason_and_its_reminders_follow_the_new_date() {
        LocalDate later = DUE.plusDays(14);
        Instant laterAt = Instant.parse("2026-12-22T00:00:00Z");
        fixture.given(created())
                .when(new ChangeDueDate(ID, later, " Vendor late ", OMAR, RESPONDER, null))
                .expectEvents(new ActionItemDueDateMoved(ID, DUE, later, DUE_AT, laterAt, "Vendor late", 1, OMAR, NOW));
        assertThat(scheduled).contains("action-item-overdue " + ID + "@" + laterAt + "@0 at " + laterAt);
    }

    @Test
    void a_due_date_is_not_moved_into_the_past_nor_to_itself_nor_on_a_closed_item() {
        fixture.given(created())
                .when(new ChangeDueDate(ID, TODAY.minusDays(1), "x", OMAR, RESPONDER, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(created())
                .when(new ChangeDueDate(ID, DUE, "x", OMAR, RESPONDER, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(done())
                .when(new ChangeDueDate(ID, DUE.plusDays(1), "x", OMAR, RESPONDER, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(created())
                .when(new ChangeDueDate(ID, DUE.plusDays(1), "x", RITA, RESPONDER, null))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void a_due_soon_reminder_is_recorded_once_and_only_for_the_current_due_date_of_an_open_item() {
        Instant sevenBefore = DUE_AT.minus(Duration.ofDays(7));
        fixtureAt(sevenBefore).given(created())
                .when(new RemindDueSoon(ID, DUE_AT, 7))
                .expectEvents(new ActionItemDueSoonReminded(ID, DUE_AT, 7, sevenBefore));
        fixtureAt(sevenBefore).given(created(), new ActionItemDueSoonReminded(ID, DUE_AT, 7, sevenBefore))
                .when(new RemindDueSoon(ID, DUE_AT, 7))
                .expectNoEvents();
        fixtureAt(sevenBefore).given(created(), new ActionItemDueDateMoved(ID, DUE, DUE.plusDays(30), DUE_AT,
                        DUE_AT.plus(Duration.ofDays(30)), "later", 1, OMAR, NOW))
                .when(new RemindDueSoon(ID, DUE_AT, 7))
                .expectNoEvents();
        fixtureAt(DUE_AT).given(done())
                .when(new RemindDueSoon(ID, DUE_AT, 1))
                .expectNoEvents();
    }

    @Test
    void an_overdue_item_is_reminded_at_the_due_time_then_weekly_while_open() {
        fixtureAt(DUE_AT).given(created())
                .when(new RemindOverdue(ID, DUE_AT, 0))
                .expectEvents(new ActionItemOverdueReminded(ID, DUE_AT, 0, DUE_AT));
        Instant nextWeek = DUE_AT.plus(Duration.ofDays(7));
        assertThat(scheduled).containsExactly("action-item-overdue " + ID + "@" + DUE_AT + "@1 at " + nextWeek);
        fixtureAt(DUE_AT).given(created(), new ActionItemOverdueReminded(ID, DUE_AT, 0, DUE_AT))
                .when(new RemindOverdue(ID, DUE_AT, 0))
                .expectNoEvents();
        fixtureAt(DUE_AT).given(done())
                .when(new RemindOverdue(ID, DUE_AT, 0))
                .expectNoEvents();
    }

    // Jira

    static final dev.vigil.review.events.JiraIssueState AGREED = new dev.vigil.review.events.JiraIssueState(
            "Alert on dosage answers", DUE, "To Do", "new");

    static Object[] tracked() {
        return new Object[]{created(), new dev.vigil.review.events.JiraIssueRequested(ID, NOW),
                new dev.vigil.review.events.JiraIssueLinked(ID, "SAFE-1", "https://j/browse/SAFE-1", true, NOW),
                new dev.vigil.review.events.JiraIssueSynced(ID, "SAFE-1", AGREED, NOW)};
    }

    @Test
    void with_jira_configured_a_new_item_asks_for_its_issue_and_is_pushed_from_the_outbox() {
        jira = true;
        fixture.givenNoPriorActivity()
                .when(create(null, Severity.SEV1))
                .expectEvents(created(), new dev.vigil.review.events.JiraIssueRequested(ID, NOW));
        assertThat(pushed).containsExactly("changed " + ID);
    }

    @Test
    void without_jira_an_item_is_not_tracked_and_nothing_is_pushed() {
        fixture.givenNoPriorActivity().when(create(null, Severity.SEV1)).expectEvents(created());
        fixture.given(created()).when(new ChangeStatus(ID, IN_PROGRESS, null, OMAR, RESPONDER, null))
                .expectEvents(moved(OPEN, IN_PROGRESS, null, OMAR));
        assertThat(pushed).isEmpty();
    }

    @Test
    void vigils_changes_of_a_tracked_item_are_pushed() {
        jira = true;
        fixture.given(tracked()).when(new ChangeStatus(ID, IN_PROGRESS, null, OMAR, RESPONDER, null))
                .expectEvents(moved(OPEN, IN_PROGRESS, null, OMAR));
        fixture.given(tracked()).when(new ChangeDueDate(ID, DUE.plusDays(3), "vendor late", OMAR, RESPONDER, null))
                .expectSuccessfulHandlerExecution();
        assertThat(pushed).containsExactly("changed " + ID, "changed " + ID);
    }

    @Test
    void done_in_jira_makes_the_item_done_awaiting_evidence_and_it_is_verified_only_with_evidence() {
        jira = true;
        var agreed = new dev.vigil.review.events.JiraIssueState("Alert on dosage answers", DUE, "Done", "done");
        fixture.given(tracked())
                .when(new ActionItemCommands.ApplyJiraChange(ID, "SAFE-1", null, null, DONE, agreed, null))
                .expectEvents(new ActionItemMoved(ID, OPEN, DONE, "done in Jira SAFE-1; awaiting evidence and verification",
                        ActionItem.JIRA, NOW), new dev.vigil.review.events.JiraIssueSynced(ID, "SAFE-1", agreed, NOW));
        // a change that came from Jira is not pushed back
        assertThat(pushed).isEmpty();
        Object[] doneInJira = java.util.stream.Stream.concat(java.util.Arrays.stream(tracked()), java.util.stream.Stream.of(
                new ActionItemMoved(ID, OPEN, DONE, "done in Jira", ActionItem.JIRA, NOW))).toArray();
        fixture.given(doneInJira)
                .when(new Verify(ID, Outcome.VERIFIED, null, CORA, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("without evidence"))
                .expectNoEvents();
        fixture.given(java.util.stream.Stream.concat(java.util.Arrays.stream(doneInJira), java.util.stream.Stream.of(evidence()))
                        .toArray())
                .when(new Verify(ID, Outcome.VERIFIED, null, CORA, null))
                .expectEvents(new ActionItemVerified(ID, null, CORA, NOW));
    }

    @Test
    void jira_never_verifies_nor_reopens_an_item_the_committee_closed() {
        fixture.given(tracked())
                .when(new ActionItemCommands.ApplyJiraChange(ID, "SAFE-1", null, null, VERIFIED, AGREED, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(java.util.stream.Stream.concat(java.util.Arrays.stream(done()), java.util.stream.Stream.of(
                        new ActionItemVerified(ID, null, CORA, NOW))).toArray())
                .when(new ActionItemCommands.ApplyJiraChange(ID, "SAFE-1", null, null, IN_PROGRESS, AGREED, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void jiras_title_and_due_date_are_taken_over_as_facts_by_jira_with_the_due_date_counted_as_a_slip() {
        var agreed = new dev.vigil.review.events.JiraIssueState("Page on dosage answers", DUE.plusDays(5), "To Do", "new");
        fixture.given(tracked())
                .when(new ActionItemCommands.ApplyJiraChange(ID, "SAFE-1", "Page on dosage answers", DUE.plusDays(5), null,
                        agreed, null))
                .expectEvents(new dev.vigil.review.events.ActionItemRetitled(ID, "Alert on dosage answers",
                                "Page on dosage answers", ActionItem.JIRA, NOW),
                        new ActionItemDueDateMoved(ID, DUE, DUE.plusDays(5), DUE_AT, DUE_AT.plus(Duration.ofDays(5)),
                                "changed in Jira SAFE-1", 1, ActionItem.JIRA, NOW),
                        new dev.vigil.review.events.JiraIssueSynced(ID, "SAFE-1", agreed, NOW));
    }

    @Test
    void an_item_is_linked_to_one_issue_only() {
        fixture.given(tracked())
                .when(new ActionItemCommands.LinkJiraIssue(ID, "SAFE-1", "https://j/browse/SAFE-1", false))
                .expectNoEvents();
        fixture.given(tracked())
                .when(new ActionItemCommands.LinkJiraIssue(ID, "SAFE-2", "https://j/browse/SAFE-2", true))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void an_admins_resync_needs_jira_and_starts_tracking_an_item_created_before_it() {
        fixture.given(created()).when(new ActionItemCommands.ResyncJira(ID, ROSA))
                .expectException(ConflictException.class)
                .expectNoEvents();
        jira = true;
        fixture.given(created()).when(new ActionItemCommands.ResyncJira(ID, ROSA))
                .expectEvents(new dev.vigil.review.events.JiraIssueRequested(ID, NOW),
                        new dev.vigil.review.events.JiraResyncRequested(ID, ROSA, NOW));
        assertThat(pushed).containsExactly("resync " + ID);
    }
}
