package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** The authority acknowledged a submitted notification, under its reference, received at {@code receivedAt}. */
public record AuthorityAcknowledged(UUID incidentId, UUID draftId, UUID obligationId, String regime, String title,
                                    String stageId, String authority, String reference, Instant receivedAt,
                                    String recordedBy, Instant recordedAt) implements VigilEvent {

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
