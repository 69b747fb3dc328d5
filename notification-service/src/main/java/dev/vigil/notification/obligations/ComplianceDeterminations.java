package dev.vigil.notification.obligations;

import java.time.Instant;

/**
 * What compliance has determined about one incident. A null is "not determined yet": the rules
 * that turn on it stay undetermined, so that nothing is silently read as "no".
 */
public record ComplianceDeterminations(
        Boolean seriousIncident,
        Boolean causalLinkEstablished,
        Instant causalLinkEstablishedAt,
        Boolean widespreadInfringement,
        Boolean seriousIrreversibleCriticalInfrastructureDisruption,
        Boolean personalDataBreach,
        Boolean highRiskToDataSubjects,
        Boolean nis2SignificantIncident,
        Boolean doraMajorIncident,
        Instant doraClassifiedAt,
        Boolean secMaterial,
        Instant secMaterialityDeterminedAt,
        Boolean caCriticalSafetyIncident,
        Instant caDiscoveredAt,
        Boolean nySafetyIncident,
        Instant nyDeterminedAt,
        Boolean imminentRiskOfDeathOrSeriousInjury) {

    public static ComplianceDeterminations none() {
        return new ComplianceDeterminations(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
