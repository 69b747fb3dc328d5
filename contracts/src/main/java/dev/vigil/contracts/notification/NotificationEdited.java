package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification draft was edited; {@code approvalWithdrawn} when it had been approved (an edit
 * withdraws the approval: the new text needs its own).
 *
 * @param revision the draft's revision after the edit (1 is the template as drafted)
 */
public record NotificationEdited(UUID incidentId, UUID draftId, UUID obligationId, String regime, String title,
                                 String stageId, int revision, boolean approvalWithdrawn, String editedBy,
                                 Instant editedAt) implements VigilEvent {

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
