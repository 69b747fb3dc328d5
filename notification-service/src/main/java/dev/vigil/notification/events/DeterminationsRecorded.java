package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Compliance determined (or revised) facts about an incident: the whole set as it now stands,
 * {@code changed} naming the determinations this revision made or changed.
 */
public record DeterminationsRecorded(UUID incidentId, int revision, Determinations determinations,
                                     List<String> changed, String reason, Person recordedBy, Instant recordedAt) {

    public DeterminationsRecorded {
        changed = List.copyOf(changed);
    }
}
