package dev.vigil.review.actionitems;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.review.ActionItemPriority;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.ActionItemType;
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

    /** From the scheduler: the item is {@code weeksOverdue} weeks past the due time it was set for. */
    public record RemindOverdue(@TargetAggregateIdentifier UUID actionItemId, Instant dueAt, int weeksOverdue) {
    }
}
