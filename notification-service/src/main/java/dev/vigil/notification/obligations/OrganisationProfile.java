package dev.vigil.notification.obligations;

import java.util.List;

/**
 * The facts about the organisation that the regimes turn on. A flag left null is unknown: the
 * rules that depend on it stay undetermined rather than being read as "no".
 */
public record OrganisationProfile(
        List<LegalEntity> legalEntities,
        Boolean euAiActHighRiskProvider,
        Boolean euAiActHighRiskDeployer,
        Boolean gpaiSystemicRiskProvider,
        Boolean gdprController,
        Nis2EntityType nis2EntityType,
        String nis2Sector,
        Boolean doraFinancialEntity,
        Boolean secRegistrant,
        Boolean californiaFrontierDeveloper,
        Boolean newYorkLargeFrontierDeveloper,
        List<CompetentAuthority> authorities) {

    public OrganisationProfile {
        legalEntities = legalEntities == null ? List.of() : List.copyOf(legalEntities);
        authorities = authorities == null ? List.of() : List.copyOf(authorities);
    }

    /** A profile that knows nothing yet. */
    public static OrganisationProfile unknown() {
        return new OrganisationProfile(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
