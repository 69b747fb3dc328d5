package dev.vigil.review.events;

import java.time.Instant;
import java.util.UUID;

/** Talking to Jira failed ({@code attempt} in a row); nothing is lost, it is tried again at {@code retryAt}. Not published. */
public record JiraSyncFailed(UUID actionItemId, String error, int attempt, Instant retryAt, Instant failedAt) {
}
