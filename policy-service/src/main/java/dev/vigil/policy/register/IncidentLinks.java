package dev.vigil.policy.register;

import dev.vigil.knownincidents.KnownIncidents;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Need-to-know on the register: a row names the incidents that occurred on its systems, and a
 * restricted incident is named only to those who may know it exists (as incident-service decides,
 * through the incidents this service has learnt of). An incident not learnt of yet is not named.
 */
@Component
public class IncidentLinks {

    private final KnownIncidents incidents;

    IncidentLinks(KnownIncidents incidents) {
        this.incidents = incidents;
    }

    /** The row as the caller may read it. */
    public RegisterRow visible(RegisterRow row) {
        Actor viewer = CurrentActor.require();
        return row.incidents().isEmpty() ? row : row.withIncidents(row.incidents().stream()
                .filter(link -> incidents.find(viewer, link.incidentId().toString()).isPresent())
                .toList());
    }

    public List<RegisterRow> visible(List<RegisterRow> rows) {
        return rows.stream().map(this::visible).toList();
    }
}
