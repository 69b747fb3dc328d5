package dev.vigil.review.events;

import java.time.Instant;
import java.util.UUID;

/** Vigil and the Jira issue agree, on {@code state}. Not published. */
public record JiraIssueSynced(UUID actionItemId, String issueKey, JiraIssueState state, Instant syncedAt) {
}
