package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** A responder or the scribe wrote a finding or note into the timeline. */
public record TimelineNoteAdded(UUID incidentId, UUID noteId, String text, Instant addedAt) implements VigilEvent {
    @Override
    public String subject() {
        return incidentId.toString();
    }
}
