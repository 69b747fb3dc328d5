package dev.vigil.contracts.review;

import dev.vigil.contracts.events.PublishedLanguage;

/** What review-service publishes on {@code vigil.review.events}. */
public final class ReviewEventTypes {

    public static final PublishedLanguage LANGUAGE = PublishedLanguage.of("review")
            .with("PostIncidentReviewPublished", 1, PostIncidentReviewPublished.class);

    private ReviewEventTypes() {
    }
}
