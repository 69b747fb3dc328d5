package dev.vigil.incident.events;

import dev.vigil.contracts.incident.Audience;

import java.time.Instant;
import java.util.UUID;

/** A status update for an internal or external audience. */
public record StatusUpdatePosted(UUID incidentId, UUID updateId, Audience audience, String text, Instant postedAt) {
}
