package dev.vigil.review.actionitems;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.review.ActionItemPriority;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.ActionItemType;
import dev.vigil.review.events.ActionItemCreated;
import dev.vigil.review.events.ActionItemDueDateMoved;
import dev.vigil.review.events.ActionItemDueSoonReminded;
import dev.vigil.review.events.ActionItemEvidenceAdded;
import dev.vigil.review.events.ActionItemMoved;
import dev.vigil.review.events.ActionItemOverdueReminded;
import dev.vigil.review.events.ActionItemRetitled;
import dev.vigil.review.events.JiraIssueLinked;
import dev.vigil.review.events.JiraIssueRequested;
import dev.vigil.review.events.JiraIssueState;
import dev.vigil.review.events.JiraIssueSynced;
import dev.vigil.review.events.JiraResyncRequested;
import dev.vigil.review.events.JiraSyncConflicted;
import dev.vigil.review.events.JiraSyncFailed;
import dev.vigil.review.events.ActionItemRiskAccepted;
import dev.vigil.review.events.ActionItemVerified;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An action item as its readers see it, built only by {@link #apply}. {@code overdue} is worked out when the
 * item is served (open and past its due time by the service's clock); stored views say false.
 *
 * @param slips     how often the due date moved
 * @param remindersSent e.g. {@code due-soon 7}, {@code overdue 0}
 * @param jira          its Jira issue and sync state; null when it is not tracked in Jira
 */
public record ActionItemView(UUID id, UUID reviewId, UUID incidentId, String incidentKey, String title,
                             String description, Person owner, String team, ActionItemType type,
                             ActionItemPriority priority, ActionItemStatus status, LocalDate dueDate, Instant dueAt,
                             boolean dueDateDefaulted, int slips, List<DueDateChange> dueDateChanges,
                             List<Evidence> evidence, List<Step> history, Person verifiedBy, Instant verifiedAt,
                             boolean riskAccepted, Person riskAcceptedBy, List<String> remindersSent, boolean overdue,
                             Person createdBy, Instant createdAt, Instant lastChangedAt, Jira jira, long version) {

    public ActionItemView {
        dueDateChanges = List.copyOf(dueDateChanges);
        evidence = List.copyOf(evidence);
        history = List.copyOf(history);
        remindersSent = List.copyOf(remindersSent);
    }

    public enum SyncState { SYNCED, PENDING, FAILED, CONFLICT }

    /**
     * The item's Jira issue ({@code issueKey} null until it is created) and how it stands: SYNCED (Vigil and Jira
     * agree on {@code agreed}), PENDING (a change waits to be pushed), FAILED (Jira refused or was unreachable,
     * {@code lastError}; retried at {@code retryAt}), CONFLICT (both changed {@code conflictFields}; an admin resyncs).
     */
    public record Jira(String issueKey, String issueUrl, SyncState state, String lastError, int failures,
                       Instant retryAt, List<String> conflictFields, JiraIssueState agreed, Instant lastSyncedAt) {

        public Jira {
            conflictFields = conflictFields == null ? List.of() : List.copyOf(conflictFields);
        }

        Jira pending() {
            return state == SyncState.CONFLICT ? this : new Jira(issueKey, issueUrl, SyncState.PENDING, lastError, failures,
                    retryAt, conflictFields, agreed, lastSyncedAt);
        }
    }

    public record DueDateChange(LocalDate from, LocalDate to, String reason, Person by, Instant at) {
    }

    public record Evidence(String text, List<String> links, Person addedBy, Instant addedAt) {
    }

    /** A move, with the justification, reason or note that came with it. */
    public record Step(ActionItemStatus from, ActionItemStatus to, String reason, Person by, Instant at) {
    }

    public boolean overdueAt(Instant now) {
        return status.open() && !now.isBefore(dueAt);
    }

    public ActionItemView servedAt(Instant now) {
        return new ActionItemView(id, reviewId, incidentId, incidentKey, title, description, owner, team, type, priority,
                status, dueDate, dueAt, dueDateDefaulted, slips, dueDateChanges, evidence, history, verifiedBy, verifiedAt,
                riskAccepted, riskAcceptedBy, remindersSent, overdueAt(now), createdBy, createdAt, lastChangedAt, jira,
                version);
    }

    public static ActionItemView apply(ActionItemView v, Object event, long sequence, Instant time) {
        if (event instanceof ActionItemCreated e) {
            return new ActionItemView(e.actionItemId(), e.reviewId(), e.incidentId(), e.incidentKey(), e.title(),
                    e.description(), e.owner(), e.team(), e.type(), e.priority(), ActionItemStatus.OPEN, e.dueDate(),
                    e.dueAt(), e.dueDateDefaulted(), 0, List.of(), List.of(), List.of(), null, null, false, null,
                    List.of(), false, e.createdBy(), e.createdAt(), time, null, sequence);
        }
        if (v == null) {
            return null;
        }
        ActionItemStatus status = v.status;
        LocalDate dueDate = v.dueDate;
        Instant dueAt = v.dueAt;
        int slips = v.slips;
        List<DueDateChange> changes = new ArrayList<>(v.dueDateChanges);
        List<Evidence> evidence = new ArrayList<>(v.evidence);
        List<Step> history = new ArrayList<>(v.history);
        Person verifiedBy = v.verifiedBy;
        Instant verifiedAt = v.verifiedAt;
        boolean riskAccepted = v.riskAccepted;
        Person riskAcceptedBy = v.riskAcceptedBy;
        List<String> reminders = new ArrayList<>(v.remindersSent);
        String title = v.title;
        Jira jira = v.jira;
        // a change of a tracked item waits to be pushed (one from Jira is followed by its JiraIssueSynced)
        boolean pushed = event instanceof ActionItemMoved || event instanceof ActionItemVerified
                || event instanceof ActionItemRiskAccepted || event instanceof ActionItemDueDateMoved
                || event instanceof ActionItemRetitled;
        if (pushed && jira != null) {
            jira = jira.pending();
        }
        switch (event) {
            case ActionItemMoved e -> {
                history.add(new Step(e.from(), e.to(), e.reason(), e.movedBy(), e.movedAt()));
                status = e.to();
                riskAccepted = false;
                riskAcceptedBy = null;
                verifiedBy = null;
                verifiedAt = null;
            }
            case ActionItemEvidenceAdded e -> evidence.add(new Evidence(e.text(), e.links(), e.addedBy(), e.addedAt()));
            case ActionItemVerified e -> {
                history.add(new Step(status, ActionItemStatus.VERIFIED, e.note(), e.verifiedBy(), e.verifiedAt()));
                status = ActionItemStatus.VERIFIED;
                verifiedBy = e.verifiedBy();
                verifiedAt = e.verifiedAt();
            }
            case ActionItemRiskAccepted e -> {
                history.add(new Step(status, status, "risk accepted" + (e.note() == null ? "" : ": " + e.note()),
                        e.acceptedBy(), e.acceptedAt()));
                riskAccepted = true;
                riskAcceptedBy = e.acceptedBy();
            }
            case ActionItemDueDateMoved e -> {
                changes.add(new DueDateChange(e.from(), e.to(), e.reason(), e.movedBy(), e.movedAt()));
                dueDate = e.to();
                dueAt = e.dueAt();
                slips = e.slips();
            }
            case ActionItemRetitled e -> title = e.to();
            case JiraIssueRequested e -> jira = new Jira(null, null, SyncState.PENDING, null, 0, null, List.of(), null, null);
            case JiraIssueLinked e -> jira = new Jira(e.issueKey(), e.issueUrl(), jira == null ? SyncState.PENDING
                    : jira.state(), jira == null ? null : jira.lastError(), jira == null ? 0 : jira.failures(),
                    jira == null ? null : jira.retryAt(), List.of(), null, null);
            case JiraIssueSynced e -> jira = new Jira(e.issueKey(), jira == null ? null : jira.issueUrl(), SyncState.SYNCED,
                    null, 0, null, List.of(), e.state(), e.syncedAt());
            case JiraSyncFailed e -> jira = jira == null ? null : new Jira(jira.issueKey(), jira.issueUrl(),
                    SyncState.FAILED, e.error(), e.attempt(), e.retryAt(), List.of(), jira.agreed(), jira.lastSyncedAt());
            case JiraSyncConflicted e -> jira = jira == null ? null : new Jira(jira.issueKey(), jira.issueUrl(),
                    SyncState.CONFLICT, e.detail(), 0, null, e.fields(), jira.agreed(), jira.lastSyncedAt());
            case JiraResyncRequested e -> jira = jira == null ? null : new Jira(jira.issueKey(), jira.issueUrl(),
                    SyncState.PENDING, jira.lastError(), jira.failures(), null, List.of(), jira.agreed(),
                    jira.lastSyncedAt());
            case ActionItemDueSoonReminded e -> reminders.add("due-soon " + e.daysLeft());
            case ActionItemOverdueReminded e -> reminders.add("overdue " + e.weeksOverdue());
            default -> {
                return v;
            }
        }
        return new ActionItemView(v.id, v.reviewId, v.incidentId, v.incidentKey, title, v.description, v.owner, v.team,
                v.type, v.priority, status, dueDate, dueAt, v.dueDateDefaulted, slips, changes, evidence, history,
                verifiedBy, verifiedAt, riskAccepted, riskAcceptedBy, reminders, false, v.createdBy, v.createdAt, time,
                jira, sequence);
    }
}
