package dev.vigil.contracts.policy;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident occurred on an AI system while a policy exception waived controls for it: a
 * governance signal for the committee, shown on the incident's timeline and on the register row.
 */
public record IncidentOnExceptedSystem(UUID incidentId, String incidentKey, String systemId, UUID exceptionId,
                                       String exceptionKey, List<String> waivedControlIds, Instant occurredAt)
        implements VigilEvent {

    public IncidentOnExceptedSystem {
        waivedControlIds = List.copyOf(waivedControlIds);
    }

    @Override
    public String subject() {
        return exceptionId.toString();
    }
}
