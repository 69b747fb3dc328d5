package dev.vigil.notification.obligations;

import java.util.List;
import java.util.Set;

/**
 * The AI system involved, as the inventory knows it.
 *
 * @param roles                    the organisation's roles for this system; empty when unknown
 * @param riskClass                the EU AI Act class, null when unknown
 * @param deploymentJurisdictions  ISO codes of where it is placed on the market or used
 */
public record AiSystemFacts(String systemId, Set<OrganisationRole> roles, AiActRiskClass riskClass,
                            List<String> deploymentJurisdictions) {

    public AiSystemFacts {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        deploymentJurisdictions = deploymentJurisdictions == null ? List.of() : List.copyOf(deploymentJurisdictions);
    }

    public static AiSystemFacts unknown() {
        return new AiSystemFacts(null, null, null, null);
    }
}
