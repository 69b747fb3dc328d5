package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A fact changed an obligation: its stages now and before, each change in words, and the fact that caused it. */
public record ObligationRevised(UUID incidentId, UUID obligationId, String ruleId, String regime, String title,
                                List<StageDeadline> stages, List<StageDeadline> previousStages, List<String> changes,
                                String summary, String cause, Instant revisedAt) implements VigilEvent {

    public ObligationRevised {
        stages = List.copyOf(stages);
        previousStages = List.copyOf(previousStages);
        changes = List.copyOf(changes);
    }

    @Override
    public String subject() {
        return incidentId.toString();
    }
}
