package dev.vigil.review.reviews;

import dev.vigil.contracts.review.ReviewStatus;
import dev.vigil.platform.problem.ConflictException;

import java.util.List;
import java.util.Map;

import static dev.vigil.contracts.review.ReviewStatus.APPROVED;
import static dev.vigil.contracts.review.ReviewStatus.DRAFT;
import static dev.vigil.contracts.review.ReviewStatus.IN_REVIEW;
import static dev.vigil.contracts.review.ReviewStatus.PUBLISHED;

/** The review's workflow as a table: DRAFT → IN_REVIEW → APPROVED → PUBLISHED, IN_REVIEW back to DRAFT. */
final class ReviewWorkflow {

    private static final Map<ReviewStatus, List<ReviewStatus>> MOVES = Map.of(
            DRAFT, List.of(IN_REVIEW),
            IN_REVIEW, List.of(DRAFT, APPROVED),
            APPROVED, List.of(PUBLISHED),
            PUBLISHED, List.of());

    private ReviewWorkflow() {
    }

    static List<ReviewStatus> allowed(ReviewStatus from) {
        return MOVES.get(from);
    }

    /** 409 {@code invalid-transition} naming the allowed moves, unless the move is in the table. */
    static void requireMove(ReviewStatus from, ReviewStatus to) {
        if (!allowed(from).contains(to)) {
            throw new ConflictException("invalid-transition", "a review in " + from + " cannot move to " + to
                    + "; allowed: " + allowed(from), Map.of("from", from, "to", to, "allowed", allowed(from)));
        }
    }

    /** Sections, factors and acknowledgements change only while the review is a draft. */
    static void requireDraft(ReviewStatus status, String what) {
        if (status != DRAFT) {
            throw new ConflictException("not-a-draft", "a review in " + status + " cannot be edited (" + what
                    + "); only a DRAFT can, and a review in review goes back to DRAFT when the committee requests changes",
                    Map.of("status", status));
        }
    }
}
