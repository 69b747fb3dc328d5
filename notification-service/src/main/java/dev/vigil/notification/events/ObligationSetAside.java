package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** Compliance marked an obligation not applicable, with a justification that stays on the record. */
public record ObligationSetAside(UUID incidentId, ObligationRef obligation, String justification, Person markedBy,
                                 Instant markedAt) {
}
