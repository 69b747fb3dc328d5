package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** A fact changed so that an obligation no longer applies; it stays on the record. */
public record ObligationWithdrawn(UUID incidentId, UUID obligationId, String ruleId, String regime, String title,
                                  String summary, String cause, Instant withdrawnAt) implements VigilEvent {

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
