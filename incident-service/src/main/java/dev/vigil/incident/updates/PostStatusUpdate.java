package dev.vigil.incident.updates;

import dev.vigil.contracts.incident.Audience;

import java.util.UUID;

/** A status update for an internal or external audience. */
public record PostStatusUpdate(UUID incidentId, Long expectedVersion, UUID updateId, Audience audience, String text) {
}
