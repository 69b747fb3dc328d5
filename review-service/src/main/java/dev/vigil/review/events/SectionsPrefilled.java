package dev.vigil.review.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Sections nobody has written yet were (re)filled from the incident's facts: section name → text. */
public record SectionsPrefilled(UUID reviewId, Map<String, String> sections, Instant prefilledAt) {
    public SectionsPrefilled {
        sections = Map.copyOf(sections);
    }
}
