package dev.vigil.contracts.policy;

import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.contracts.governance.OrganisationRole;
import dev.vigil.contracts.governance.RiskClass;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An AI system as the inventory now holds it, after it was registered or changed (revision 1 is the
 * registration). Carries the facts the regulatory rules turn on, so that a reader needs no history.
 * {@code team} (the team that owns the system) was added later: null on events published before, and when
 * the inventory names none.
 */
public record AiSystemRecorded(
        String systemId,
        int revision,
        String name,
        String lifecycle,
        Set<OrganisationRole> roles,
        RiskClass riskClass,
        String annexIIIArea,
        List<String> jurisdictions,
        List<String> sectors,
        String personalData,
        boolean criticalInfrastructure,
        boolean frontierDeveloper,
        boolean largeFrontierDeveloper,
        String ownerSubject,
        String team,
        String reason,
        Instant recordedAt) implements VigilEvent {

    public AiSystemRecorded {
        roles = Set.copyOf(roles);
        jurisdictions = List.copyOf(jurisdictions);
        sectors = List.copyOf(sectors);
    }

    @Override
    public String subject() {
        return systemId;
    }
}
