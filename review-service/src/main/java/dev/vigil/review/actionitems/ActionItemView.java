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
 */
public record ActionItemView(UUID id, UUID reviewId, UUID incidentId, String incidentKey, String title,
                             String description, Person owner, String team, ActionItemType type,
                             ActionItemPriority priority, ActionItemStatus status, LocalDate dueDate, Instant dueAt,
                             boolean dueDateDefaulted, int slips, List<DueDateChange> dueDateChanges,
                             List<Evidence> evidence, List<Step> history, Person verifiedBy, Instant verifiedAt,
                             boolean riskAccepted, Person riskAcceptedBy, List<String> remindersSent, boolean overdue,
                             Person createdBy, Instant createdAt, Instant lastChangedAt, long version) {

    public ActionItemView {
        dueDateChanges = List.copyOf(dueDateChanges);
        evidence = List.copyOf(evidence);
        history = List.copyOf(history);
        remindersSent = List.copyOf(remindersSent);
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
                riskAccepted, riskAcceptedBy, remindersSent, overdueAt(now), createdBy, createdAt, lastChangedAt, version);
    }

    public static ActionItemView apply(ActionItemView v, Object event, long sequence, Instant time) {
        if (event instanceof ActionItemCreated e) {
            return new ActionItemView(e.actionItemId(), e.reviewId(), e.incidentId(), e.incidentKey(), e.title(),
                    e.description(), e.owner(), e.team(), e.type(), e.priority(), ActionItemStatus.OPEN, e.dueDate(),
                    e.dueAt(), e.dueDateDefaulted(), 0, List.of(), List.of(), List.of(), null, null, false, null,
                    List.of(), false, e.createdBy(), e.createdAt(), time, sequence);
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
            case ActionItemDueSoonReminded e -> reminders.add("due-soon " + e.daysLeft());
            case ActionItemOverdueReminded e -> reminders.add("overdue " + e.weeksOverdue());
            default -> {
                return v;
            }
        }
        return new ActionItemView(v.id, v.reviewId, v.incidentId, v.incidentKey, v.title, v.description, v.owner, v.team,
                v.type, v.priority, status, dueDate, dueAt, v.dueDateDefaulted, slips, changes, evidence, history,
                verifiedBy, verifiedAt, riskAccepted, riskAcceptedBy, reminders, false, v.createdBy, v.createdAt, time,
                sequence);
    }
}
