package dev.vigil.policy.events;

import dev.vigil.contracts.governance.OrganisationRole;
import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.contracts.incident.Person;

import java.util.List;
import java.util.Set;

/**
 * What the inventory holds about an AI system: what it is, who owns it, and the facts regulatory
 * rules turn on (the organisation's role, the risk class, where it is deployed, personal data,
 * critical infrastructure, frontier-developer status).
 *
 * @param personalData NONE, CONTROLLER or PROCESSOR
 * @param lifecycle    PLANNED, IN_DEVELOPMENT, DEPLOYED, SUSPENDED or RETIRED
 */
public record SystemFacts(String name, String purpose, Person owner, String team, String lifecycle,
                          Set<OrganisationRole> roles, RiskClass riskClass, String annexIIIArea, List<ModelVersions> models,
                          List<String> jurisdictions, List<String> sectors, String personalData,
                          boolean criticalInfrastructure, boolean frontierDeveloper, boolean largeFrontierDeveloper) {

    public SystemFacts {
        roles = Set.copyOf(roles);
        models = List.copyOf(models);
        jurisdictions = List.copyOf(jurisdictions);
        sectors = List.copyOf(sectors);
    }

    /** A model the system uses and the versions of it deployed. */
    public record ModelVersions(String model, List<String> versions) {
        public ModelVersions {
            versions = List.copyOf(versions);
        }
    }
}
