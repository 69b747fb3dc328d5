package dev.vigil.review.actionitems;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.security.SeparationOfDuties;
import dev.vigil.review.actionitems.ActionItemCommands.AddEvidence;
import dev.vigil.review.actionitems.ActionItemCommands.ApplyJiraChange;
import dev.vigil.review.actionitems.ActionItemCommands.LinkJiraIssue;
import dev.vigil.review.actionitems.ActionItemCommands.RecordJiraConflict;
import dev.vigil.review.actionitems.ActionItemCommands.RecordJiraFailure;
import dev.vigil.review.actionitems.ActionItemCommands.RecordJiraSync;
import dev.vigil.review.actionitems.ActionItemCommands.ResyncJira;
import dev.vigil.review.actionitems.ActionItemCommands.ChangeDueDate;
import dev.vigil.review.actionitems.ActionItemCommands.ChangeStatus;
import dev.vigil.review.actionitems.ActionItemCommands.CreateActionItem;
import dev.vigil.review.actionitems.ActionItemCommands.RemindDueSoon;
import dev.vigil.review.actionitems.ActionItemCommands.RemindOverdue;
import dev.vigil.review.actionitems.ActionItemCommands.Verify;
import dev.vigil.review.events.ActionItemCreated;
import dev.vigil.review.events.ActionItemDueDateMoved;
import dev.vigil.review.events.ActionItemDueSoonReminded;
import dev.vigil.review.events.ActionItemEvidenceAdded;
import dev.vigil.review.events.ActionItemMoved;
import dev.vigil.review.events.ActionItemOverdueReminded;
import dev.vigil.review.events.ActionItemRetitled;
import dev.vigil.review.events.JiraIssueLinked;
import dev.vigil.review.events.JiraIssueRequested;
import dev.vigil.review.events.JiraIssueSynced;
import dev.vigil.review.events.JiraResyncRequested;
import dev.vigil.review.events.JiraSyncConflicted;
import dev.vigil.review.events.JiraSyncFailed;
import dev.vigil.review.events.ActionItemRiskAccepted;
import dev.vigil.review.events.ActionItemVerified;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.vigil.contracts.review.ActionItemStatus.DONE;
import static dev.vigil.contracts.review.ActionItemStatus.IN_PROGRESS;
import static dev.vigil.contracts.review.ActionItemStatus.OPEN;
import static dev.vigil.contracts.review.ActionItemStatus.VERIFIED;
import static dev.vigil.contracts.review.ActionItemStatus.WONT_DO;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An action item from a review, followed to verified closure (or an accepted risk). Its reminders are
 * persistent scheduled work set by its command handlers: 7 days and 1 day before the due time, at the due
 * time, then weekly while it stays open. Each execution names the due time it was set for, so a moved due
 * date leaves the old ones with nothing to do; and each reminder is recorded once, however often it runs.
 */
@Aggregate(type = ActionItem.TYPE)
class ActionItem {

    static final String TYPE = "ActionItem";

    @AggregateIdentifier
    private UUID id;
    private String title;
    private Person owner;
    private ActionItemStatus status;
    private LocalDate dueDate;
    private Instant dueAt;
    private int slips;
    private int evidence;
    private boolean riskAccepted;
    private Person wontDoBy;
    private final Set<String> reminders = new HashSet<>();
    /** Tracked in Jira (Jira was configured when it was created, or an admin resynced it), and the issue once known. */
    private boolean tracked;
    private String jiraKey;

    /** Who Jira's changes are recorded as. */
    static final Person JIRA = new Person("jira", "Jira");

    ActionItem() {
        // rebuilt from its events
    }

    @CommandHandler
    ActionItem(CreateActionItem command, ActionItemSettings settings, Clock clock, PersistentScheduler scheduler,
               TrackerOutbox tracker) {
        Instant now = clock.instant();
        LocalDate today = ActionItemRules.today(now);
        boolean defaulted = command.dueDate() == null;
        LocalDate due = defaulted ? today.plusDays(settings.daysFor(command.severity())) : command.dueDate();
        if (due.isBefore(today)) {
            throw new RuleViolationException("dueDate", "not-in-past", "the due date " + due + " has passed");
        }
        apply(new ActionItemCreated(command.actionItemId(), command.reviewId(), command.incidentId(),
                command.incidentKey(), command.title().strip(), command.description() == null ? null
                : command.description().strip(), command.owner(), command.team().strip(), command.type(),
                command.priority(), due, ActionItemRules.dueAt(due), defaulted, command.createdBy(), now));
        // in a constructor the event is applied when the handler returns: schedule from the command's values
        scheduleReminders(scheduler, now, command.actionItemId(), ActionItemRules.dueAt(due));
        if (tracker.enabled()) {
            apply(new JiraIssueRequested(command.actionItemId(), now));
            tracker.changed(command.actionItemId());
        }
    }

    /** Status moves by the owner (or a steward): a DONE needs evidence, a WONT_DO a justification, a reopening a reason. */
    @CommandHandler
    void handle(ChangeStatus command, Clock clock, PersistentScheduler scheduler, TrackerOutbox tracker) {
        ActionItemRules.requireOwnerOrSteward(command.by(), command.roles(), owner, "move");
        ActionItemRules.requireMove(status, command.to());
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (command.to() == DONE && evidence == 0) {
            throw new RuleViolationException("evidence", "required", "add evidence (what was done, with links) "
                    + "before marking the item DONE");
        }
        if (reason == null && (command.to() == WONT_DO || command.to() == OPEN)) {
            throw new RuleViolationException("reason", "required", command.to() == WONT_DO
                    ? "a WONT_DO needs its justification: the risk the committee is asked to accept"
                    : "say why the item is reopened");
        }
        Instant now = clock.instant();
        apply(new ActionItemMoved(id, status, command.to(), reason, command.by(), now));
        if (command.to().open()) {
            scheduleReminders(scheduler, now);
        }
        push(tracker);
    }

    @CommandHandler
    void handle(AddEvidence command, Clock clock) {
        ActionItemRules.requireOwnerOrSteward(command.by(), command.roles(), owner, "add evidence to");
        if (status == VERIFIED || status == WONT_DO) {
            throw new ConflictException("closed", "an action item in " + status + " takes no evidence; reopen it first",
                    Map.of("status", status));
        }
        apply(new ActionItemEvidenceAdded(id, command.text().strip(), command.links(), command.by(), clock.instant()));
    }

    /**
     * The committee's check. A DONE item is VERIFIED by someone other than its owner (403 otherwise), or goes back
     * to IN_PROGRESS with the reason; a WONT_DO's risk is ACCEPTED by someone other than its owner and its
     * proposer, or REJECTED back to OPEN.
     */
    @CommandHandler
    void handle(Verify command, Clock clock, PersistentScheduler scheduler, TrackerOutbox tracker) {
        Instant now = clock.instant();
        boolean wontDo = status == WONT_DO && !riskAccepted;
        var outcome = command.outcome();
        boolean fits = status == DONE ? outcome == ActionItemCommands.Outcome.VERIFIED
                || outcome == ActionItemCommands.Outcome.FAILED
                : wontDo && (outcome == ActionItemCommands.Outcome.ACCEPTED || outcome == ActionItemCommands.Outcome.REJECTED);
        if (!fits) {
            var possible = status == DONE ? "VERIFIED or FAILED" : wontDo ? "ACCEPTED or REJECTED" : "none";
            throw new ConflictException("nothing-to-verify", "an action item in " + status + (riskAccepted
                    ? " (risk accepted)" : "") + " cannot be " + outcome + "; outcomes now: " + possible,
                    Map.of("status", status, "outcome", outcome));
        }
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (reason == null && (outcome == ActionItemCommands.Outcome.FAILED
                || outcome == ActionItemCommands.Outcome.REJECTED)) {
            throw new RuleViolationException("reason", "required", "say why the item is sent back");
        }
        switch (outcome) {
            case VERIFIED -> {
                SeparationOfDuties.requireDifferent("action item (owns it)", owner.subject(), command.by().subject());
                if (evidence == 0) {
                    // done in Jira: DONE, awaiting the evidence the committee verifies
                    throw new RuleViolationException("evidence", "required", "the item was marked done without "
                            + "evidence: its owner adds evidence (what was done, with links) before it is verified");
                }
                apply(new ActionItemVerified(id, reason, command.by(), now));
            }
            case FAILED -> {
                apply(new ActionItemMoved(id, DONE, IN_PROGRESS, reason, command.by(), now));
                scheduleReminders(scheduler, now);
            }
            case ACCEPTED -> {
                SeparationOfDuties.requireDifferent("action item (owns it)", owner.subject(), command.by().subject());
                SeparationOfDuties.requireDifferent("risk acceptance (proposed it)", wontDoBy.subject(),
                        command.by().subject());
                apply(new ActionItemRiskAccepted(id, reason, command.by(), now));
            }
            case REJECTED -> {
                apply(new ActionItemMoved(id, WONT_DO, OPEN, reason, command.by(), now));
                scheduleReminders(scheduler, now);
            }
        }
        push(tracker);
    }

    /** A new due date, for a reason: counted as a slip; reminders follow the new date, the old ones lapse. */
    @CommandHandler
    void handle(ChangeDueDate command, Clock clock, PersistentScheduler scheduler, TrackerOutbox tracker) {
        ActionItemRules.requireOwnerOrSteward(command.by(), command.roles(), owner, "move the due date of");
        if (!status.open()) {
            throw new ConflictException("closed", "an action item in " + status + " has no due date to move",
                    Map.of("status", status));
        }
        Instant now = clock.instant();
        if (command.dueDate().isBefore(ActionItemRules.today(now))) {
            throw new RuleViolationException("dueDate", "not-in-past", "the due date " + command.dueDate() + " has passed");
        }
        if (command.dueDate().equals(dueDate)) {
            throw new RuleViolationException("dueDate", "changed", "the item is already due on " + dueDate);
        }
        apply(new ActionItemDueDateMoved(id, dueDate, command.dueDate(), dueAt, ActionItemRules.dueAt(command.dueDate()),
                command.reason().strip(), slips + 1, command.by(), now));
        scheduleReminders(scheduler, now);
        push(tracker);
    }

    /** A change Vigil made goes to Jira (never one that came from Jira: that is not echoed back). */
    private void push(TrackerOutbox tracker) {
        if (tracked) {
            tracker.changed(id);
        }
    }

    @CommandHandler
    void handle(LinkJiraIssue command, Clock clock) {
        if (command.issueKey().equals(jiraKey)) {
            return;
        }
        if (jiraKey != null) {
            throw new ConflictException("jira-linked", "action item " + id + " is already tracked as " + jiraKey,
                    Map.of("issueKey", jiraKey));
        }
        apply(new JiraIssueLinked(id, command.issueKey(), command.issueUrl(), command.created(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordJiraSync command, Clock clock) {
        apply(new JiraIssueSynced(id, command.issueKey(), command.state(), clock.instant()));
    }

    /**
     * Jira's changes, taken over as facts by Jira: a new title, a new due date (counted as a slip, with reminders
     * for it), a status. Jira's "done" makes the item DONE awaiting evidence and verification; an item the committee
     * closed (VERIFIED, or WONT_DO) is not reopened from Jira: that is a conflict for an admin.
     */
    @CommandHandler
    void handle(ApplyJiraChange command, Clock clock, PersistentScheduler scheduler) {
        Instant now = clock.instant();
        String in = "in Jira " + command.issueKey();
        if (command.status() != null && command.status() != status) {
            if (command.status() == VERIFIED || command.status() == WONT_DO) {
                throw new ConflictException("jira-status", "Jira cannot make an item " + command.status(),
                        Map.of("status", command.status()));
            }
            if (status == VERIFIED || status == WONT_DO) {
                throw new ConflictException("jira-reopens-closed", "an item in " + status + " is not reopened from Jira",
                        Map.of("status", status));
            }
        }
        if (command.title() != null && !command.title().isBlank() && !command.title().strip().equals(title)) {
            apply(new ActionItemRetitled(id, title, command.title().strip(), JIRA, now));
        }
        boolean reschedule = false;
        if (command.dueDate() != null && !command.dueDate().equals(dueDate) && status.open()) {
            apply(new ActionItemDueDateMoved(id, dueDate, command.dueDate(), dueAt, ActionItemRules.dueAt(command.dueDate()),
                    "changed " + in, slips + 1, JIRA, now));
            reschedule = true;
        }
        if (command.status() != null && command.status() != status) {
            String reason = command.status() == DONE ? "done " + in + "; awaiting evidence and verification"
                    : "moved " + in;
            apply(new ActionItemMoved(id, status, command.status(), reason, JIRA, now));
            reschedule = true;
        }
        if (reschedule && status.open()) {
            scheduleReminders(scheduler, now);
        }
        apply(new JiraIssueSynced(id, command.issueKey(), command.state(), now));
    }

    @CommandHandler
    void handle(RecordJiraFailure command, Clock clock) {
        apply(new JiraSyncFailed(id, command.error(), command.attempt(), command.retryAt(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordJiraConflict command, Clock clock) {
        apply(new JiraSyncConflicted(id, command.issueKey(), command.fields(), command.detail(), clock.instant()));
    }

    @CommandHandler
    void handle(ResyncJira command, Clock clock, TrackerOutbox tracker) {
        if (!tracker.enabled()) {
            throw new ConflictException("jira-off", "Jira is not configured: set VIGIL_JIRA_SITE_URL and the other "
                    + "settings of the README's Jira section", Map.of());
        }
        Instant now = clock.instant();
        if (!tracked) {
            apply(new JiraIssueRequested(id, now));
        }
        apply(new JiraResyncRequested(id, command.by(), now));
        tracker.resync(id);
    }

    @CommandHandler
    void handle(RemindDueSoon command, Clock clock) {
        Instant now = clock.instant();
        String key = "soon@" + command.dueAt() + "@" + command.daysLeft();
        if (status.open() && command.dueAt().equals(dueAt) && !reminders.contains(key)
                && !now.isBefore(dueAt.minus(Duration.ofDays(command.daysLeft())))) {
            apply(new ActionItemDueSoonReminded(id, dueAt, command.daysLeft(), now));
        }
    }

    /** At the due time, then weekly while open; each reminder sets the next one. */
    @CommandHandler
    void handle(RemindOverdue command, Clock clock, PersistentScheduler scheduler) {
        Instant now = clock.instant();
        String key = "overdue@" + command.dueAt() + "@" + command.weeksOverdue();
        if (status.open() && command.dueAt().equals(dueAt) && !reminders.contains(key)
                && !now.isBefore(ActionItemRules.overdueAt(dueAt, command.weeksOverdue()))) {
            apply(new ActionItemOverdueReminded(id, dueAt, command.weeksOverdue(), now));
            int next = command.weeksOverdue() + 1;
            scheduler.schedule(ActionItemClock.overdue(id, dueAt, next), ActionItemRules.overdueAt(dueAt, next));
        }
    }

    /** The reminders still ahead for the current due time (and the overdue one now, if it is past and not yet sent). */
    private void scheduleReminders(PersistentScheduler scheduler, Instant now) {
        scheduleReminders(scheduler, now, id, dueAt);
    }

    private void scheduleReminders(PersistentScheduler scheduler, Instant now, UUID id, Instant dueAt) {
        for (int days : ActionItemRules.DUE_SOON_DAYS) {
            Instant at = dueAt.minus(Duration.ofDays(days));
            if (at.isAfter(now)) {
                scheduler.schedule(ActionItemClock.dueSoon(id, dueAt, days), at);
            }
        }
        int weeks = ActionItemRules.weeksOverdue(dueAt, now);
        if (reminders.contains("overdue@" + dueAt + "@" + weeks)) {
            weeks++;
        }
        Instant at = ActionItemRules.overdueAt(dueAt, weeks);
        scheduler.schedule(ActionItemClock.overdue(id, dueAt, weeks), at.isBefore(now) ? now : at);
    }

    @EventSourcingHandler
    void on(ActionItemCreated event) {
        id = event.actionItemId();
        title = event.title();
        owner = event.owner();
        status = OPEN;
        dueDate = event.dueDate();
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(ActionItemMoved event) {
        status = event.to();
        if (event.to() == WONT_DO) {
            wontDoBy = event.movedBy();
        }
        riskAccepted = false;
    }

    @EventSourcingHandler
    void on(ActionItemEvidenceAdded event) {
        evidence++;
    }

    @EventSourcingHandler
    void on(ActionItemVerified event) {
        status = VERIFIED;
    }

    @EventSourcingHandler
    void on(ActionItemRiskAccepted event) {
        riskAccepted = true;
    }

    @EventSourcingHandler
    void on(ActionItemDueDateMoved event) {
        dueDate = event.to();
        dueAt = event.dueAt();
        slips = event.slips();
    }

    @EventSourcingHandler
    void on(ActionItemRetitled event) {
        title = event.to();
    }

    @EventSourcingHandler
    void on(JiraIssueRequested event) {
        tracked = true;
    }

    @EventSourcingHandler
    void on(JiraIssueLinked event) {
        tracked = true;
        jiraKey = event.issueKey();
    }

    @EventSourcingHandler
    void on(ActionItemDueSoonReminded event) {
        reminders.add("soon@" + event.dueAt() + "@" + event.daysLeft());
    }

    @EventSourcingHandler
    void on(ActionItemOverdueReminded event) {
        reminders.add("overdue@" + event.dueAt() + "@" + event.weeksOverdue());
    }
}
