package dev.vigil.review.events;

import java.time.Instant;
import java.util.UUID;

/** The action item is to be tracked in Jira (Jira is configured): its issue is pending. Not published. */
public record JiraIssueRequested(UUID actionItemId, Instant requestedAt) {
}
