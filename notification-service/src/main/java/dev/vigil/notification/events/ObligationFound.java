package dev.vigil.notification.events;

import java.time.Instant;
import java.util.UUID;

/** A recomputation found an obligation the incident did not have: {@code cause} names the fact that led to it. */
public record ObligationFound(UUID incidentId, UUID obligationId, ObligationTerms terms, String cause,
                              Instant foundAt) {
}
