package dev.vigil.incident.impact;

import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.incident.events.ImpactAssessed;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.problem.InputRules;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

@Component
public class AssessImpactHandler {

    private final Incidents incidents;
    private final Clock clock;

    public AssessImpactHandler(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @CommandHandler
    void handle(AssessImpact command) {
        check(command);
        incidents.decide(command.incidentId(), command.expectedVersion(), state -> {
            state.requireOpen();
            return List.of(new ImpactAssessed(state.id(), state.impactRevision() + 1, command.assessment(),
                    command.reason().strip(), clock.instant()));
        });
    }

    /** A complete assessment: every fact the regulatory rules turn on is stated, none negative. */
    private static void check(AssessImpact command) {
        InputRules rules = new InputRules()
                .required("assessment", command.assessment(), "the impact assessment")
                .text("reason", command.reason(), true, InputRules.TEXT_MAX);
        ImpactAssessment a = command.assessment();
        if (a != null) {
            rules.required("assessment.realisation", a.realisation(), "INCIDENT (harm happened) or HAZARD (could have)")
                    .required("assessment.peopleAffected", a.peopleAffected(), "how many people (0 if none)")
                    .required("assessment.minorsAffected", a.minorsAffected(), "true or false")
                    .required("assessment.protectedGroupsAffected", a.protectedGroupsAffected(), "true or false")
                    .required("assessment.personalDataInvolved", a.personalDataInvolved(), "true or false")
                    .required("assessment.deathsOrSeriousInjuries", a.deathsOrSeriousInjuries(), "how many (0 if none)")
                    .required("assessment.criticalInfrastructureDisruption", a.criticalInfrastructureDisruption(),
                            "true or false");
            if (a.peopleAffected() != null && a.peopleAffected() < 0) {
                rules.violation("assessment.peopleAffected", "min", "peopleAffected cannot be negative");
            }
            if (a.deathsOrSeriousInjuries() != null && a.deathsOrSeriousInjuries() < 0) {
                rules.violation("assessment.deathsOrSeriousInjuries", "min", "deathsOrSeriousInjuries cannot be negative");
            }
            rules.text("assessment.sector", a.sector(), false, InputRules.LINE_MAX)
                    .text("assessment.developer", a.developer(), false, InputRules.LINE_MAX)
                    .text("assessment.deployer", a.deployer(), false, InputRules.LINE_MAX);
        }
        rules.check();
    }
}
