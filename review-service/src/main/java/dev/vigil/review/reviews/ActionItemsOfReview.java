package dev.vigil.review.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a review needs to know of its action items (how many, to submit; a summary, to show), answered by
 * the action items' read side, so that reviews do not depend on it.
 */
public interface ActionItemsOfReview {

    List<Item> of(UUID reviewId);

    record Item(UUID id, String title, String ownerSubject, String team, String status, LocalDate dueDate) {
    }
}
