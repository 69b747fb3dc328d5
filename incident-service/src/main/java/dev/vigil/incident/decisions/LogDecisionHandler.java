package dev.vigil.incident.decisions;

import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.incident.events.DecisionLogged;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.problem.InputRules;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

@Component
public class LogDecisionHandler {

    /** Alternatives weighed, at most: a decision log entry is read by people, and kept for ever. */
    static final int ALTERNATIVES_MAX = 20;

    private final Incidents incidents;
    private final Clock clock;

    public LogDecisionHandler(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @CommandHandler
    void handle(LogDecision command) {
        List<String> alternatives = command.alternatives() == null ? List.of() : command.alternatives();
        check(command, alternatives);
        incidents.decide(command.incidentId(), command.expectedVersion(), state -> {
            state.requireOpen();
            return List.of(new DecisionLogged(state.id(), command.decisionId(), command.kind(),
                    command.decision().strip(), command.rationale().strip(), alternatives.stream().map(String::strip).toList(),
                    command.decidedBy(), command.killSwitchScope(), InputRules.strip(command.killSwitchTarget()),
                    InputRules.strip(command.rollbackToModelVersion()), Boolean.TRUE.equals(command.reversible()),
                    clock.instant()));
        });
    }

    /** A kill switch names its scope, target and reversibility; a rollback its model version; neither leaks into the other. */
    private static void check(LogDecision command, List<String> alternatives) {
        InputRules rules = new InputRules()
                .required("kind", command.kind(), "GENERAL, KILL_SWITCH or ROLLBACK")
                .text("decision", command.decision(), true, InputRules.TEXT_MAX)
                .text("rationale", command.rationale(), true, InputRules.TEXT_MAX);
        rules.size("alternatives", alternatives, ALTERNATIVES_MAX);
        for (int i = 0; i < alternatives.size(); i++) {
            rules.text("alternatives[" + i + "]", alternatives.get(i), true, InputRules.TEXT_MAX);
        }
        if (command.kind() == DecisionKind.KILL_SWITCH) {
            rules.required("killSwitchScope", command.killSwitchScope(), "REQUEST, SESSION, FEATURE, MODEL or REGION")
                    .text("killSwitchTarget", command.killSwitchTarget(), true, InputRules.LINE_MAX)
                    .required("reversible", command.reversible(), "whether the step can be undone");
        } else if (command.killSwitchScope() != null || command.killSwitchTarget() != null) {
            rules.violation("killSwitchScope", "kill-switch-only", "only a KILL_SWITCH decision names a kill-switch scope");
        }
        if (command.kind() == DecisionKind.ROLLBACK) {
            rules.text("rollbackToModelVersion", command.rollbackToModelVersion(), true, InputRules.LINE_MAX)
                    .required("reversible", command.reversible(), "whether the step can be undone");
        } else if (command.rollbackToModelVersion() != null) {
            rules.violation("rollbackToModelVersion", "rollback-only", "only a ROLLBACK decision names a model version");
        }
        rules.check();
    }
}
