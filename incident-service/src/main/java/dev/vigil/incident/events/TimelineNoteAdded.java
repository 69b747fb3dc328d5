package dev.vigil.incident.events;

import java.time.Instant;
import java.util.UUID;

/** A participant wrote a note on the incident's timeline. Working notes stay in incident-service. */
public record TimelineNoteAdded(UUID incidentId, UUID noteId, String text, Instant addedAt) {
}
