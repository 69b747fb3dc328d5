package dev.vigil.incident.lifecycle;

import dev.vigil.contracts.incident.IncidentStatus;

import java.util.List;
import java.util.Map;

import static dev.vigil.contracts.incident.IncidentStatus.CLOSED;
import static dev.vigil.contracts.incident.IncidentStatus.CONTAINED;
import static dev.vigil.contracts.incident.IncidentStatus.DECLARED;
import static dev.vigil.contracts.incident.IncidentStatus.INVESTIGATING;
import static dev.vigil.contracts.incident.IncidentStatus.RESOLVED;

/**
 * The moves an incident may make: DECLARED → INVESTIGATING → CONTAINED → RESOLVED → CLOSED, and a
 * resolved incident may be reopened (back to INVESTIGATING). Closing also needs the published review.
 */
final class IncidentLifecycle {

    private static final Map<IncidentStatus, List<IncidentStatus>> MOVES = Map.of(
            DECLARED, List.of(INVESTIGATING),
            INVESTIGATING, List.of(CONTAINED),
            CONTAINED, List.of(RESOLVED),
            RESOLVED, List.of(CLOSED, INVESTIGATING),
            CLOSED, List.of());

    private IncidentLifecycle() {
    }

    static List<IncidentStatus> allowedMoves(IncidentStatus from) {
        return MOVES.get(from);
    }

    static boolean isReopening(IncidentStatus from, IncidentStatus to) {
        return from == RESOLVED && to == INVESTIGATING;
    }
}
