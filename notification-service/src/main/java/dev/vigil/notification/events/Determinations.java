package dev.vigil.notification.events;

import java.time.Instant;

/** Compliance's determinations about one incident; null is "not determined yet". */
public record Determinations(
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

    public static Determinations none() {
        return new Determinations(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
