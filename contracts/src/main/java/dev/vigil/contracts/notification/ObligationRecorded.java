package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident gave rise to a regulatory notification obligation. {@code obligationId} is stable for
 * the incident and the rule's authority; {@code cause} names the fact that made it apply.
 *
 * @param regime EU_AI_ACT, GDPR, NIS2, DORA, SEC, CA_SB53 or NY_RAISE
 */
public record ObligationRecorded(UUID incidentId, UUID obligationId, String ruleId, String regime, String title,
                                 String citation, String authority, String authorityJurisdiction,
                                 List<StageDeadline> stages, String summary, String cause, Instant recordedAt)
        implements VigilEvent {

    public ObligationRecorded {
        stages = List.copyOf(stages);
    }

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
