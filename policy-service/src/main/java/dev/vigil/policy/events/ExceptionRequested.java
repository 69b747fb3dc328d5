package dev.vigil.policy.events;

import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Someone asked to waive controls for systems, for a time. {@code renewal} is 0 for a first request
 * and counts up for each renewal, which goes through the same approval path.
 */
public record ExceptionRequested(UUID exceptionId, String key, int renewal, List<String> controlIds,
                                 List<String> systemIds, String scope, String justification, Person owner,
                                 Person requestedBy, Instant requestedExpiry, int likelihood, int impact,
                                 ResidualRisk rating, List<String> compensatingControls, Instant requestedAt) {

    public ExceptionRequested {
        controlIds = List.copyOf(controlIds);
        systemIds = List.copyOf(systemIds);
        compensatingControls = List.copyOf(compensatingControls);
    }
}
