package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Compliance began the notification of one stage of an obligation, from the regime's template with
 * the incident's facts filled in. The text itself stays in notification-service.
 *
 * @param stageId the obligation's stage (e.g. {@code report}, {@code early-warning})
 */
public record NotificationDrafted(UUID incidentId, UUID draftId, UUID obligationId, String ruleId, String regime,
                                  String title, String stageId, String draftedBy, Instant draftedAt)
        implements VigilEvent {

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
