package dev.vigil.review.actionitems;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.review.ActionItemPriority;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.ActionItemType;
import dev.vigil.review.events.JiraIssueState;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What can be asked of an action item. Who asks is the authenticated actor, with their roles. */
public final class ActionItemCommands {

    private ActionItemCommands() {
    }

    /** {@code dueDate} null: by the incident's highest {@code severity} (null for a hazard). */
    public record CreateActionItem(@TargetAggregateIdentifier UUID actionItemId, UUID reviewId, UUID incidentId,
                                   String incidentKey, String title, String description, Person owner, String team,
                                   ActionItemType type, ActionItemPriority priority, LocalDate dueDate,
                                   Severity severity, Person createdBy) {
    }

    public record ChangeStatus(@TargetAggregateIdentifier UUID actionItemId, ActionItemStatus to, String reason,
                               Person by, Set<String> roles, @TargetAggregateVersion Long expectedVersion) {
    }

    public record AddEvidence(@TargetAggregateIdentifier UUID actionItemId, String text, List<String> links, Person by,
                              Set<String> roles) {
    }

    public enum Outcome { VERIFIED, FAILED, ACCEPTED, REJECTED }

    /** The committee's check: of a DONE item (VERIFIED or FAILED), or of a WONT_DO (risk ACCEPTED or REJECTED). */
    public record Verify(@TargetAggregateIdentifier UUID actionItemId, Outcome outcome, String reason, Person by,
                         @TargetAggregateVersion Long expectedVersion) {
    }

    public record ChangeDueDate(@TargetAggregateIdentifier UUID actionItemId, LocalDate dueDate, String reason, Person by,
                                Set<String> roles, @TargetAggregateVersion Long expectedVersion) {
    }

    /** From the scheduler: the item falls due in {@code daysLeft} days (for the due time it was set for). */
    public record RemindDueSoon(@TargetAggregateIdentifier UUID actionItemId, Instant dueAt, int daysLeft) {
    }

    /** The item's Jira issue, created by Vigil or found by the item's label. */
    public record LinkJiraIssue(@TargetAggregateIdentifier UUID actionItemId, String issueKey, String issueUrl,
                                boolean created) {
    }

    /** Vigil and Jira agree on {@code state} (after a push, or when there was nothing to do). */
    public record RecordJiraSync(@TargetAggregateIdentifier UUID actionItemId, String issueKey, JiraIssueState state,
                                 @TargetAggregateVersion Long expectedVersion) {
    }

    /**
     * What changed in Jira (null: unchanged) and is taken over, then the state both agree on. A status from Jira is
     * OPEN, IN_PROGRESS or DONE (awaiting evidence and the committee's verification), never VERIFIED.
     */
    public record ApplyJiraChange(@TargetAggregateIdentifier UUID actionItemId, String issueKey, String title,
                                  LocalDate dueDate, ActionItemStatus status, JiraIssueState state,
                                  @TargetAggregateVersion Long expectedVersion) {
    }

    public record RecordJiraFailure(@TargetAggregateIdentifier UUID actionItemId, String error, int attempt,
                                    Instant retryAt) {
    }

    public record RecordJiraConflict(@TargetAggregateIdentifier UUID actionItemId, String issueKey, List<String> fields,
                                     String detail) {
    }

    /** An admin's resync: push the item again, Vigil's values winning (and start tracking an item created before Jira was configured). */
    public record ResyncJira(@TargetAggregateIdentifier UUID actionItemId, Person by) {
    }

    /** From the scheduler: the item is {@code weeksOverdue} weeks past the due time it was set for. */
    public record RemindOverdue(@TargetAggregateIdentifier UUID actionItemId, Instant dueAt, int weeksOverdue) {
    }
}
