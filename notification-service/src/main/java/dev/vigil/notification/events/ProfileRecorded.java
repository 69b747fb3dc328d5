package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;

/** A revision of the organisation profile (revision 1 is the first), by whom and why. */
public record ProfileRecorded(String profileId, int revision, OrganisationFacts profile, String reason,
                              Person recordedBy, Instant recordedAt) {
}
