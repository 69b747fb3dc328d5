package dev.vigil.review.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Vigil and Jira both changed {@code fields} differently since they last agreed (or Jira reopened an item the
 * committee closed): nothing is pushed or taken over until an admin resyncs the item. Not published.
 */
public record JiraSyncConflicted(UUID actionItemId, String issueKey, List<String> fields, String detail,
                                 Instant detectedAt) {

    public JiraSyncConflicted {
        fields = List.copyOf(fields);
    }
}
