package dev.vigil.review.publication;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.contracts.review.ActionItemDueDateChanged;
import dev.vigil.contracts.review.ActionItemDueSoon;
import dev.vigil.contracts.review.ActionItemOverdue;
import dev.vigil.contracts.review.ActionItemRecorded;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.ActionItemStatusChanged;
import dev.vigil.contracts.review.PostIncidentReviewPublished;
import dev.vigil.contracts.review.ReportPublished;
import dev.vigil.contracts.review.ReviewEventTypes;
import dev.vigil.contracts.review.ReviewStatus;
import dev.vigil.contracts.review.ReviewStatusChanged;
import dev.vigil.platform.relay.EventPublication;
import dev.vigil.review.actionitems.ActionItemView;
import dev.vigil.review.actionitems.ActionItemViews;
import dev.vigil.review.events.ActionItemCreated;
import dev.vigil.review.events.ActionItemDueDateMoved;
import dev.vigil.review.events.ActionItemDueSoonReminded;
import dev.vigil.review.events.ActionItemMoved;
import dev.vigil.review.events.ActionItemOverdueReminded;
import dev.vigil.review.events.ActionItemRiskAccepted;
import dev.vigil.review.events.ActionItemVerified;
import dev.vigil.review.events.ChangesRequested;
import dev.vigil.review.events.ReviewApproved;
import dev.vigil.review.events.ReportPackStored;
import dev.vigil.review.events.ReviewOpened;
import dev.vigil.review.events.ReviewPublished;
import dev.vigil.review.events.ReviewSubmitted;
import dev.vigil.review.reviews.ReviewView;
import dev.vigil.review.reviews.ReviewViews;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What review-service tells the other services: reviews opened and moving through their workflow, the
 * published review of an incident (which lets it close), action items recorded, moved, rescheduled, due soon
 * and overdue. Every payload names the incident, so the incident's timeline shows it. Kept home: section
 * texts, factors, comments and finding acknowledgements, which may name people and are read here.
 */
@Component
class ReviewPublication implements EventPublication {

    private final ReviewViews reviews;
    private final ActionItemViews items;

    ReviewPublication(ReviewViews reviews, ActionItemViews items) {
        this.reviews = reviews;
        this.items = items;
    }

    @Override
    public PublishedLanguage language() {
        return ReviewEventTypes.LANGUAGE;
    }

    /** Published: each fact once; the publication of a review of an incident as the v1 record incident-service reads. */
    @Override
    public Optional<? extends VigilEvent> publish(Object recorded, EventMessage<?> message) {
        return Optional.ofNullable(switch (recorded) {
            case ReviewOpened e -> new dev.vigil.contracts.review.ReviewOpened(e.reviewId(), e.incidentId(),
                    e.incidentKey(), e.title(), e.automatic(), e.openedAt());
            case ReviewSubmitted e -> moved(message, ReviewStatus.DRAFT, ReviewStatus.IN_REVIEW, null, e.submittedAt());
            case ChangesRequested e -> moved(message, ReviewStatus.IN_REVIEW, ReviewStatus.DRAFT, e.changes(),
                    e.requestedAt());
            case ReviewApproved e -> moved(message, ReviewStatus.IN_REVIEW, ReviewStatus.APPROVED, e.note(),
                    e.approvedAt());
            case ReviewPublished e -> e.incidentId() == null
                    ? moved(message, ReviewStatus.APPROVED, ReviewStatus.PUBLISHED, null, e.publishedAt())
                    : new PostIncidentReviewPublished(e.reviewId(), e.incidentId(), e.publishedAt());
            case ActionItemCreated e -> new ActionItemRecorded(e.actionItemId(), e.reviewId(), e.incidentId(), e.title(),
                    e.owner().subject(), e.team(), e.type(), e.priority(), e.dueAt(), e.createdAt());
            case ActionItemMoved e -> itemMoved(message, e.actionItemId(), e.from(), e.to(), false, e.reason(), e.movedAt());
            case ActionItemVerified e -> itemMoved(message, e.actionItemId(), ActionItemStatus.DONE,
                    ActionItemStatus.VERIFIED, false, e.note(), e.verifiedAt());
            case ActionItemRiskAccepted e -> itemMoved(message, e.actionItemId(), ActionItemStatus.WONT_DO,
                    ActionItemStatus.WONT_DO, true, e.note(), e.acceptedAt());
            case ActionItemDueDateMoved e -> {
                ActionItemView item = itemAt(message);
                yield new ActionItemDueDateChanged(e.actionItemId(), item.reviewId(), item.incidentId(), item.title(),
                        e.fromDueAt(), e.dueAt(), e.reason(), e.slips(), e.movedAt());
            }
            case ActionItemDueSoonReminded e -> {
                ActionItemView item = itemAt(message);
                yield new ActionItemDueSoon(e.actionItemId(), item.reviewId(), item.incidentId(), item.title(),
                        item.owner().subject(), item.team(), e.daysLeft(), e.dueAt());
            }
            case ActionItemOverdueReminded e -> {
                ActionItemView item = itemAt(message);
                yield new ActionItemOverdue(e.actionItemId(), item.reviewId(), item.incidentId(), item.title(),
                        item.owner().subject(), item.team(), e.dueAt(), e.weeksOverdue(), e.remindedAt());
            }
            case ReportPackStored e -> new ReportPublished(e.packId(), e.reportType(), e.format(), e.periodFrom(),
                    e.periodTo(), e.asOf(), e.sha256(), e.size(), e.fileName(), e.storedAt());
            default -> null;
        });
    }

    /** The review's move, with its incident as the review stood at this event (from the event store, not the read model). */
    private ReviewStatusChanged moved(EventMessage<?> message, ReviewStatus from, ReviewStatus to, String reason,
                                      Instant at) {
        DomainEventMessage<?> domain = (DomainEventMessage<?>) message;
        ReviewView review = reviews.at(UUID.fromString(domain.getAggregateIdentifier()), domain.getSequenceNumber());
        return new ReviewStatusChanged(review.id(), review.incidentId(), review.incidentKey(), from, to, reason, at);
    }

    private ActionItemStatusChanged itemMoved(EventMessage<?> message, UUID itemId, ActionItemStatus from,
                                              ActionItemStatus to, boolean riskAccepted, String reason, Instant at) {
        ActionItemView item = itemAt(message);
        return new ActionItemStatusChanged(itemId, item.reviewId(), item.incidentId(), item.title(), from, to,
                riskAccepted, reason, item.owner().subject(), at);
    }

    private ActionItemView itemAt(EventMessage<?> message) {
        DomainEventMessage<?> domain = (DomainEventMessage<?>) message;
        return items.at(UUID.fromString(domain.getAggregateIdentifier()), domain.getSequenceNumber());
    }
}
