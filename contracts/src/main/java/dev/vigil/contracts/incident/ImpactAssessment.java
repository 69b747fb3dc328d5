package dev.vigil.contracts.incident;

import java.util.List;

/**
 * What an incident did, or could do, to whom: revised as the facts come in.
 *
 * @param peopleAffected             how many people were affected (best estimate)
 * @param deathsOrSeriousInjuries    how many people died or were seriously injured
 * @param criticalInfrastructureDisruption whether critical infrastructure was disrupted
 */
public record ImpactAssessment(
        HarmRealisation realisation,
        List<HarmClass> harmClasses,
        long peopleAffected,
        boolean minorsAffected,
        boolean protectedGroupsAffected,
        boolean personalDataInvolved,
        int deathsOrSeriousInjuries,
        boolean criticalInfrastructureDisruption,
        String sector,
        String developer,
        String deployer) {

    public ImpactAssessment {
        harmClasses = harmClasses == null ? List.of() : List.copyOf(harmClasses);
    }
}
