package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** A stage's deadline passed and the stage was not submitted. */
public record ObligationOverdue(UUID incidentId, UUID obligationId, String ruleId, String regime, String title,
                                String stageId, Instant dueAt, String summary, Instant recordedAt) implements VigilEvent {

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
