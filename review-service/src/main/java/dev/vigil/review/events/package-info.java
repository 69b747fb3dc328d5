/**
 * The events review-service's aggregates record (reviews and action items): its own language, translated
 * for other services by {@code publication}. Section texts, factors, comments and acknowledgements stay home.
 */
package dev.vigil.review.events;
