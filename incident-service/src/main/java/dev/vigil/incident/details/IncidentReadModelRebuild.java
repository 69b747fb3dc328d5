package dev.vigil.incident.details;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.eventstore.StoredEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Brings the incident read model level with the event store before the service takes any request
 * or message: every incident whose stored version is missing or behind its last event is rebuilt
 * from its events. This repairs a reshaped or damaged read model (truncate the table and restart),
 * and a rebuild cut short by a crash simply continues at the next start.
 */
@Component
class IncidentReadModelRebuild implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IncidentReadModelRebuild.class);

    private final JdbcClient jdbc;
    private final StoredEvents stored;
    private final IncidentEventLog events;
    private final IncidentReadModel readModel;
    private final TransactionTemplate transactions;

    IncidentReadModelRebuild(JdbcClient jdbc, StoredEvents stored, IncidentEventLog events, IncidentReadModel readModel,
                             TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.stored = stored;
        this.events = events;
        this.readModel = readModel;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        rebuildWhatIsBehind();
    }

    /** Rebuilds every incident whose read model is missing or behind its events; returns how many. */
    int rebuildWhatIsBehind() {
        Map<UUID, Long> viewed = new HashMap<>();
        jdbc.sql("select incident_id, version from incident_view")
                .query(rs -> {
                    viewed.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        Map<String, Long> last = stored.lastSequences(Incidents.TYPE);
        var behind = last.entrySet().stream()
                .filter(e -> viewed.getOrDefault(UUID.fromString(e.getKey()), -1L) < e.getValue())
                .map(e -> UUID.fromString(e.getKey()))
                .toList();
        if (behind.isEmpty()) {
            return 0;
        }
        log.info("Rebuilding {} of {} incidents in the read model from the event store", behind.size(), last.size());
        for (UUID id : behind) {
            transactions.executeWithoutResult(tx -> events.current(id).ifPresent(readModel::save));
        }
        return behind.size();
    }
}
