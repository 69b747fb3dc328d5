package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** An admin asked for the item to be pushed to Jira again, Vigil's values winning. Not published. */
public record JiraResyncRequested(UUID actionItemId, Person requestedBy, Instant requestedAt) {
}
