package dev.vigil.platform.incidents;

import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;

import java.util.Set;

/** Keeps {@link KnownIncidents} up to date from the incident topic. */
class KnownIncidentsProjection implements EventConsumer {

    private final KnownIncidents incidents;

    KnownIncidentsProjection(KnownIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public String name() {
        return "known-incidents";
    }

    @Override
    public Set<String> contexts() {
        return Set.of("incident");
    }

    @Override
    public void consume(EventEnvelope envelope) {
        if (envelope.event().orElse(null) instanceof IncidentDeclared declared) {
            incidents.add(declared, envelope.actor());
        }
    }
}
