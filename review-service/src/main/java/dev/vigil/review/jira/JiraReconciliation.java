package dev.vigil.review.jira;

import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.review.actionitems.ActionItemView;
import dev.vigil.review.events.JiraIssueState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who changed what since Vigil and Jira last agreed, field by field (summary, due date, status category), as a pure
 * function of the item, the issue as Jira has it now and the state they agreed on:
 * <ul>
 * <li>changed in Vigil only: pushed to Jira;</li>
 * <li>changed in Jira only: taken over as a fact by Jira (a change Vigil wrote is in the agreed state, so Jira
 *     showing it is no change and is not echoed back);</li>
 * <li>changed on both sides to the same value: agreed; to different values: a conflict, nothing is done;</li>
 * <li>no agreed state yet (a new issue) or an admin's resync: Vigil's values win.</li>
 * </ul>
 * Jira cannot clear the due date or the summary (Vigil's are set again), and cannot reopen an item the committee
 * closed (VERIFIED, or WONT_DO): that is a conflict. Jira's "done" makes an item DONE, never VERIFIED.
 */
final class JiraReconciliation {

    static final String NEW = "new";
    static final String IN_PROGRESS = "indeterminate";
    static final String DONE = "done";

    /**
     * @param push         fields to set in Jira (summary, duedate)
     * @param transitionTo the Vigil status whose Jira status to move the issue to, or null
     * @param title        Jira's new summary to take over, or null
     * @param dueDate      Jira's new due date to take over, or null
     * @param status       the status Jira's change makes the item, or null
     * @param conflicts    the fields changed differently on both sides (then nothing else is done)
     */
    record Plan(Map<String, Object> push, ActionItemStatus transitionTo, String title, LocalDate dueDate,
                ActionItemStatus status, List<String> conflicts) {

        boolean pulls() {
            return title != null || dueDate != null || status != null;
        }
    }

    private JiraReconciliation() {
    }

    static String category(ActionItemStatus status) {
        return switch (status) {
            case OPEN -> NEW;
            case IN_PROGRESS -> IN_PROGRESS;
            case DONE, VERIFIED, WONT_DO -> DONE;
        };
    }

    /** The status a Jira category makes an item, or null for a category the sync does not know. */
    static ActionItemStatus status(String category) {
        if (category == null) {
            return null;
        }
        return switch (category) {
            case NEW -> ActionItemStatus.OPEN;
            case IN_PROGRESS -> ActionItemStatus.IN_PROGRESS;
            case DONE -> ActionItemStatus.DONE;
            default -> null;
        };
    }

    static Plan plan(ActionItemView item, JiraClient.Issue jira, JiraIssueState agreed) {
        Map<String, Object> push = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        String title = null;
        LocalDate dueDate = null;
        ActionItemStatus status = null;
        ActionItemStatus transitionTo = null;

        // summary
        switch (side(item.title(), jira.summary(), agreed == null ? null : agreed.summary(), agreed == null)) {
            case PUSH -> push.put("summary", item.title());
            case PULL -> {
                if (jira.summary() == null || jira.summary().isBlank()) {
                    push.put("summary", item.title());
                } else {
                    title = jira.summary().strip();
                }
            }
            case CONFLICT -> conflicts.add("summary");
            case NONE -> { }
        }
        // due date: only an open item's can move
        switch (side(item.dueDate(), jira.dueDate(), agreed == null ? null : agreed.dueDate(), agreed == null)) {
            case PUSH -> push.put("duedate", item.dueDate().toString());
            case PULL -> {
                if (jira.dueDate() == null || !item.status().open()) {
                    push.put("duedate", item.dueDate().toString());
                } else {
                    dueDate = jira.dueDate();
                }
            }
            case CONFLICT -> conflicts.add("duedate");
            case NONE -> { }
        }
        // status, by category
        String vigil = category(item.status());
        switch (side(vigil, jira.statusCategory(), agreed == null ? null : agreed.statusCategory(), agreed == null)) {
            case PUSH -> transitionTo = item.status();
            case PULL -> {
                ActionItemStatus from = status(jira.statusCategory());
                if (from == null) {
                    transitionTo = item.status();
                } else if (item.status() == ActionItemStatus.VERIFIED || item.status() == ActionItemStatus.WONT_DO) {
                    conflicts.add("status");
                } else {
                    status = from;
                }
            }
            case CONFLICT -> conflicts.add("status");
            case NONE -> { }
        }
        if (!conflicts.isEmpty()) {
            return new Plan(Map.of(), null, null, null, null, List.copyOf(conflicts));
        }
        return new Plan(push, transitionTo, title, dueDate, status, List.of());
    }

    private enum Side { NONE, PUSH, PULL, CONFLICT }

    private static Side side(Object vigil, Object jira, Object agreed, boolean vigilWins) {
        if (Objects.equals(vigil, jira)) {
            return Side.NONE;
        }
        if (vigilWins) {
            return Side.PUSH;
        }
        boolean jiraChanged = !Objects.equals(jira, agreed);
        boolean vigilChanged = !Objects.equals(vigil, agreed);
        if (jiraChanged && vigilChanged) {
            return Side.CONFLICT;
        }
        return jiraChanged ? Side.PULL : Side.PUSH;
    }
}
