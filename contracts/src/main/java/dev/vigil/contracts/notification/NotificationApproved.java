package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** A second compliance officer, who neither drafted nor edited it, approved one revision of a notification. */
public record NotificationApproved(UUID incidentId, UUID draftId, UUID obligationId, String regime, String title,
                                   String stageId, int revision, String approvedBy, Instant approvedAt)
        implements VigilEvent {

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
