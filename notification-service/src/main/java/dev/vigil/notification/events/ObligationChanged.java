package dev.vigil.notification.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recomputation changed an obligation (a deadline moved, a reason changed, or it applies again):
 * {@code previous} keeps the superseded terms, {@code changes} says what moved, {@code cause} why.
 */
public record ObligationChanged(UUID incidentId, UUID obligationId, ObligationTerms terms, ObligationTerms previous,
                                List<String> changes, String cause, Instant changedAt) {

    public ObligationChanged {
        changes = List.copyOf(changes);
    }
}
