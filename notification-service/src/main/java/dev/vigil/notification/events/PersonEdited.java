package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;

/** An administrator set a person's directory entry: name, email and Jira account id as they now stand. */
public record PersonEdited(String subject, String name, String email, String jiraAccountId, Person editedBy,
                           Instant editedAt) {
}
