package dev.vigil.review.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The action item's Jira issue: {@code created} when Vigil created it, false when it was found by the item's label
 * (an earlier attempt had created it). Not published: the key is shown on the item.
 */
public record JiraIssueLinked(UUID actionItemId, String issueKey, String issueUrl, boolean created, Instant linkedAt) {
}
