package dev.vigil.notification.determinations;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.Determinations;
import dev.vigil.notification.events.DeterminationsRecorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Compliance's determinations about one incident as they stand, with every revision: who, when, why,
 * and what it made or changed. Built only by {@link #apply} from the events.
 *
 * @param revision 0 while nothing has been determined
 */
public record DeterminationView(UUID incidentId, int revision, Determinations determinations, List<Revision> history,
                                long version) {

    public DeterminationView {
        history = List.copyOf(history);
    }

    public record Revision(int revision, Determinations determinations, List<String> changed, String reason,
                           Person recordedBy, Instant recordedAt) {
    }

    static DeterminationView none(UUID incidentId) {
        return new DeterminationView(incidentId, 0, Determinations.none(), List.of(), -1);
    }

    static DeterminationView apply(DeterminationView view, Object event, long sequence) {
        if (!(event instanceof DeterminationsRecorded e)) {
            return view;
        }
        List<Revision> history = new ArrayList<>(view == null ? List.of() : view.history());
        history.add(new Revision(e.revision(), e.determinations(), e.changed(), e.reason(), e.recordedBy(),
                e.recordedAt()));
        return new DeterminationView(e.incidentId(), e.revision(), e.determinations(), history, sequence);
    }
}
