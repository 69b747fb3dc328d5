package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** Compliance began the notification of a stage, from the regime's template: revision 1. */
public record DraftCreated(UUID incidentId, DraftRef draft, String template, DraftDocument document, Person draftedBy,
                           Instant draftedAt) {
}
