package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * The approved notification of a stage was sent to the authority: how, under which reference, when,
 * by whom, and the SHA-256 of the exact document sent; on time or late against the stage's deadline
 * as it stood ({@code dueAt} null for an immediate stage or one without a deadline).
 *
 * @param lateBy ISO-8601 duration past the deadline, null when on time
 * @param margin ISO-8601 duration left before the deadline, null when late or without one
 */
public record NotificationSubmitted(UUID incidentId, UUID draftId, UUID obligationId, String ruleId, String regime,
                                    String title, String stageId, String authority, String channel,
                                    String authorityReference, String format, String sha256, Instant dueAt,
                                    boolean late, String lateBy, String margin, String submittedBy,
                                    Instant submittedAt, String summary) implements VigilEvent {

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
