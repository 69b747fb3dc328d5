package dev.vigil.incident.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
    private final IncidentEvents events;
    private final IncidentReadModel readModel;
    private final TransactionTemplate transactions;

    IncidentReadModelRebuild(JdbcClient jdbc, IncidentEvents events, IncidentReadModel readModel,
                             TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.readModel = readModel;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<UUID, Long> viewed = new HashMap<>();
        jdbc.sql("select incident_id, version from incident_view")
                .query(rs -> {
                    viewed.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        Map<UUID, Long> stored = new HashMap<>();
        jdbc.sql("select aggregate_identifier, max(sequence_number) from domain_event_entry "
                        + "where type = 'Incident' group by aggregate_identifier")
                .query(rs -> {
                    stored.put(UUID.fromString(rs.getString(1)), rs.getLong(2));
                });
        var behind = stored.entrySet().stream()
                .filter(e -> viewed.getOrDefault(e.getKey(), -1L) < e.getValue())
                .map(Map.Entry::getKey)
                .toList();
        if (behind.isEmpty()) {
            return;
        }
        log.info("Rebuilding {} of {} incidents in the read model from the event store", behind.size(), stored.size());
        for (UUID id : behind) {
            transactions.executeWithoutResult(tx -> events.current(id).ifPresent(readModel::save));
        }
    }
}
