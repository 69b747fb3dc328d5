package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** The committee accepted the risk of not doing a WONT_DO item. */
public record ActionItemRiskAccepted(UUID actionItemId, String note, Person acceptedBy, Instant acceptedAt) {
}
