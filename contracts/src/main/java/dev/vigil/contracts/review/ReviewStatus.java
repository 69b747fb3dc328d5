package dev.vigil.contracts.review;

/** Where a post-incident review stands: DRAFT → IN_REVIEW → APPROVED → PUBLISHED (IN_REVIEW may go back to DRAFT). */
public enum ReviewStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED
}
