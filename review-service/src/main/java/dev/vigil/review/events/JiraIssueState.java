package dev.vigil.review.events;

import java.time.LocalDate;

/**
 * What an action item's Jira issue said when Vigil last agreed with it: the base that a later change on either side
 * is told apart from (a field that differs from it changed there since).
 *
 * @param statusCategory Jira's status category key: {@code new}, {@code indeterminate} or {@code done}
 */
public record JiraIssueState(String summary, LocalDate dueDate, String statusName, String statusCategory) {
}
