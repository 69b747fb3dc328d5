package dev.vigil.notification.events;

import java.util.List;

/**
 * The organisation profile as recorded: its legal entities, the facts the regimes turn on (null is
 * "not said"), and the competent authority for each regime and jurisdiction with its time zone.
 */
public record OrganisationFacts(
        List<Entity> legalEntities,
        Boolean euAiActHighRiskProvider,
        Boolean euAiActHighRiskDeployer,
        Boolean gpaiSystemicRiskProvider,
        Boolean gdprController,
        String nis2EntityType,
        String nis2Sector,
        Boolean doraFinancialEntity,
        Boolean secRegistrant,
        Boolean californiaFrontierDeveloper,
        Boolean newYorkLargeFrontierDeveloper,
        List<Authority> authorities) {

    public OrganisationFacts {
        legalEntities = legalEntities == null ? List.of() : List.copyOf(legalEntities);
        authorities = authorities == null ? List.of() : List.copyOf(authorities);
    }

    /** A legal entity and where it is established (ISO code: DE, US-CA, EU). */
    public record Entity(String name, String establishedIn) {
    }

    /** The authority that receives one regime's notifications in one jurisdiction, and its time zone. */
    public record Authority(String regime, String jurisdiction, String name, String zone) {
    }
}
