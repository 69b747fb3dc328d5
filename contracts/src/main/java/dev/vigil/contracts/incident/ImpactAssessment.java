package dev.vigil.contracts.incident;

import java.util.List;

/**
 * What an incident did, or could do, to whom: revised as the facts come in. Every count and yes/no
 * must be stated: an assessment that leaves one out is refused rather than read as "none", since
 * these facts decide which regulatory clocks run.
 *
 * @param peopleAffected             how many people were affected (best estimate)
 * @param deathsOrSeriousInjuries    how many people died or were seriously injured
 * @param criticalInfrastructureDisruption whether critical infrastructure was disrupted
 */
public record ImpactAssessment(
        HarmRealisation realisation,
        List<HarmClass> harmClasses,
        Long peopleAffected,
        Boolean minorsAffected,
        Boolean protectedGroupsAffected,
        Boolean personalDataInvolved,
        Integer deathsOrSeriousInjuries,
        Boolean criticalInfrastructureDisruption,
        String sector,
        String developer,
        String deployer) {

    public ImpactAssessment {
        harmClasses = harmClasses == null ? List.of() : List.copyOf(harmClasses);
    }
}
