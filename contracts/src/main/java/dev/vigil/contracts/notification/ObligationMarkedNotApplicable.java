package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** Compliance marked an obligation not applicable, with a justification that stays on the record. */
public record ObligationMarkedNotApplicable(UUID incidentId, UUID obligationId, String ruleId, String regime,
                                            String title, String justification, String markedBy, Instant markedAt)
        implements VigilEvent {

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
