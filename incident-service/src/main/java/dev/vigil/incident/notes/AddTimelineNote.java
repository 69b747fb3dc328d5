package dev.vigil.incident.notes;

import dev.vigil.contracts.incident.Person;

import java.util.UUID;

/**
 * A note on the incident's timeline. {@code author} is the authenticated actor; {@code writesAnywhere}
 * says their platform role lets them write to any incident (commanders, admins), not only to those
 * they take part in.
 */
public record AddTimelineNote(UUID incidentId, Long expectedVersion, UUID noteId, String text, Person author,
                              boolean writesAnywhere) {
}
