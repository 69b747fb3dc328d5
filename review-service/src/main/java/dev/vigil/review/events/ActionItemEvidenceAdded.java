package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Evidence that the work was done: what was done, and links to it. */
public record ActionItemEvidenceAdded(UUID actionItemId, String text, List<String> links, Person addedBy,
                                      Instant addedAt) {
    public ActionItemEvidenceAdded {
        links = List.copyOf(links);
    }
}
