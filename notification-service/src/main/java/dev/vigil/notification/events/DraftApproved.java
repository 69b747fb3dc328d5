package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A compliance officer who neither drafted nor edited it approved one revision of a draft. */
public record DraftApproved(UUID incidentId, DraftRef draft, int revision, Person approvedBy, Instant approvedAt) {
}
