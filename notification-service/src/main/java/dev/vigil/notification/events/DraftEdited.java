package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A new revision of a draft's text; {@code approvalWithdrawn} when the one before had been approved. */
public record DraftEdited(UUID incidentId, DraftRef draft, int revision, DraftDocument document,
                          boolean approvalWithdrawn, Person editedBy, Instant editedAt) {
}
