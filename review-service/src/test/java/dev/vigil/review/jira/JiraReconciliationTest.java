package dev.vigil.review.jira;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.review.ActionItemPriority;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.ActionItemType;
import dev.vigil.review.actionitems.ActionItemView;
import dev.vigil.review.events.ActionItemCreated;
import dev.vigil.review.events.ActionItemMoved;
import dev.vigil.review.events.JiraIssueState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who changed what since Vigil and Jira last agreed, field by field. */
class JiraReconciliationTest {

    static final Instant T = Instant.parse("2026-11-23T09:00:00Z");
    static final UUID ID = UUID.fromString("5e0c0e00-0000-4000-8000-000000000002");
    static final LocalDate DUE = LocalDate.of(2026, 12, 20);
    static final Person RITA = new Person("rita", "Rita Responder");
    static final JiraIssueState AGREED = new JiraIssueState("Add an eval", DUE, "To Do", "new");

    static ActionItemView item(ActionItemStatus status) {
        ActionItemView v = ActionItemView.apply(null, new ActionItemCreated(ID, UUID.randomUUID(), null, null, "Add an eval",
                null, RITA, "Evals", ActionItemType.PREVENT, ActionItemPriority.HIGH, DUE, DUE.plusDays(1)
                .atStartOfDay().toInstant(java.time.ZoneOffset.UTC), false, RITA, T), 0, T);
        return status == ActionItemStatus.OPEN ? v : ActionItemView.apply(v, new ActionItemMoved(ID, ActionItemStatus.OPEN,
                status, null, RITA, T), 1, T);
    }

    static JiraClient.Issue jira(String summary, LocalDate due, String category) {
        return new JiraClient.Issue("SAFE-1", summary, due, category, category, List.of("vigil"));
    }

    @Test
    void nothing_to_do_when_both_agree_so_jira_showing_vigils_own_change_is_not_echoed() {
        var plan = JiraReconciliation.plan(item(ActionItemStatus.OPEN), jira("Add an eval", DUE, "new"), AGREED);
        assertThat(plan.push()).isEmpty();
        assertThat(plan.transitionTo()).isNull();
        assertThat(plan.pulls()).isFalse();
        assertThat(plan.conflicts()).isEmpty();
    }

    @Test
    void a_change_in_vigil_only_is_pushed_and_a_status_goes_through_a_transition() {
        var plan = JiraReconciliation.plan(item(ActionItemStatus.IN_PROGRESS), jira("Add an eval", DUE, "new"), AGREED);
        assertThat(plan.transitionTo()).isEqualTo(ActionItemStatus.IN_PROGRESS);
        assertThat(plan.pulls()).isFalse();
    }

    @Test
    void a_change_in_jira_only_is_taken_over_and_jiras_done_is_done_never_verified() {
        var plan = JiraReconciliation.plan(item(ActionItemStatus.IN_PROGRESS), jira("Add a better eval", DUE.plusDays(3),
                "done"), new JiraIssueState("Add an eval", DUE, "In Progress", "indeterminate"));
        assertThat(plan.title()).isEqualTo("Add a better eval");
        assertThat(plan.dueDate()).isEqualTo(DUE.plusDays(3));
        assertThat(plan.status()).isEqualTo(ActionItemStatus.DONE);
        assertThat(plan.push()).isEmpty();
    }

    @Test
    void different_changes_on_both_sides_are_a_conflict_and_nothing_is_done() {
        var vigil = ActionItemView.apply(item(ActionItemStatus.OPEN), new dev.vigil.review.events.ActionItemDueDateMoved(ID,
                DUE, DUE.plusDays(10), null, null, "late", 1, RITA, T), 1, T);
        var plan = JiraReconciliation.plan(vigil, jira("Add an eval", DUE.plusDays(20), "new"), AGREED);
        assertThat(plan.conflicts()).containsExactly("duedate");
        assertThat(plan.push()).isEmpty();
        assertThat(plan.pulls()).isFalse();
    }

    @Test
    void jira_reopening_an_item_the_committee_closed_is_a_conflict() {
        var plan = JiraReconciliation.plan(item(ActionItemStatus.WONT_DO), jira("Add an eval", DUE, "indeterminate"),
                new JiraIssueState("Add an eval", DUE, "Done", "done"));
        assertThat(plan.conflicts()).containsExactly("status");
    }

    @Test
    void without_an_agreed_state_or_on_resync_vigil_wins() {
        var plan = JiraReconciliation.plan(item(ActionItemStatus.OPEN), jira("Other", null, "done"), null);
        assertThat(plan.push()).containsEntry("summary", "Add an eval").containsEntry("duedate", DUE.toString());
        assertThat(plan.transitionTo()).isEqualTo(ActionItemStatus.OPEN);
        assertThat(plan.conflicts()).isEmpty();
    }

    @Test
    void jira_cannot_clear_the_due_date_or_the_summary() {
        var plan = JiraReconciliation.plan(item(ActionItemStatus.OPEN), jira(" ", null, "new"), AGREED);
        assertThat(plan.push()).containsEntry("summary", "Add an eval").containsEntry("duedate", DUE.toString());
        assertThat(plan.pulls()).isFalse();
    }

    @Test
    void retries_back_off_doubling_up_to_the_cap() {
        JiraSettings settings = new JiraSettings(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
        assertThat(settings.enabled()).isFalse();
        assertThat(settings.backoff(1)).hasSeconds(30);
        assertThat(settings.backoff(2)).hasSeconds(60);
        assertThat(settings.backoff(3)).hasSeconds(120);
        assertThat(settings.backoff(20)).hasHours(1);
    }
}
