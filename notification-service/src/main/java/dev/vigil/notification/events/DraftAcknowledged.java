package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** The authority acknowledged a submitted notification under {@code reference}, received at {@code receivedAt}. */
public record DraftAcknowledged(UUID incidentId, DraftRef draft, String reference, Instant receivedAt,
                                Person recordedBy, Instant recordedAt) {
}
