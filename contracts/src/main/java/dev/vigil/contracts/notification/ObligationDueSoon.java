package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** {@code percentElapsed} (50, 75 or 90) of a stage's window has passed and the stage is not submitted. */
public record ObligationDueSoon(UUID incidentId, UUID obligationId, String ruleId, String regime, String title,
                                String stageId, int percentElapsed, Instant dueAt, String summary, Instant recordedAt)
        implements VigilEvent {

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
