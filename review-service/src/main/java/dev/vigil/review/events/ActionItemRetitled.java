package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** The action item's title changed (in Jira: {@code by} is Jira). */
public record ActionItemRetitled(UUID actionItemId, String from, String to, Person by, Instant at) {
}
