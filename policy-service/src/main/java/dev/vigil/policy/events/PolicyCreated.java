package dev.vigil.policy.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A policy document entered the hierarchy (principle → policy → standard → procedure). */
public record PolicyCreated(UUID policyId, String title, String level, UUID parentId, Person owner,
                            int reviewCadenceMonths, Instant createdAt) {
}
