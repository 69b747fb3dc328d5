package dev.vigil.notification.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recomputation no longer finds the obligation (a fact or determination changed): {@code why} says which rule failed. */
public record ObligationLapsed(UUID incidentId, ObligationRef obligation, List<ObligationTerms.Reason> why,
                               String cause, Instant lapsedAt) {

    public ObligationLapsed {
        why = List.copyOf(why);
    }
}
