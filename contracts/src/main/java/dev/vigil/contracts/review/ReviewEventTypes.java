package dev.vigil.contracts.review;

import dev.vigil.contracts.events.PublishedLanguage;

/**
 * What review-service publishes on {@code vigil.review.events}: reviews opened and moving through their
 * workflow, the published review (which lets the incident close), and action items with their reminders.
 * Every payload names the incident (null for a review of a hazard that is no incident), but ReportPublished:
 * a scheduled committee report pack, stored with its SHA-256.
 */
public final class ReviewEventTypes {

    public static final PublishedLanguage LANGUAGE = PublishedLanguage.of("review")
            .with("PostIncidentReviewPublished", 1, PostIncidentReviewPublished.class)
            .with("ReviewOpened", 1, ReviewOpened.class)
            .with("ReviewStatusChanged", 1, ReviewStatusChanged.class)
            .with("ActionItemRecorded", 1, ActionItemRecorded.class)
            .with("ActionItemStatusChanged", 1, ActionItemStatusChanged.class)
            .with("ActionItemDueDateChanged", 1, ActionItemDueDateChanged.class)
            .with("ActionItemDueSoon", 1, ActionItemDueSoon.class)
            .with("ActionItemOverdue", 1, ActionItemOverdue.class)
            .with("ReportPublished", 1, ReportPublished.class);

    private ReviewEventTypes() {
    }
}
