package dev.vigil.incident.details;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.eventstore.StoredEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.vigil.platform.messaging.VigilMetaData;
import org.axonframework.config.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    /** Up to this many incidents behind, each is read on its own; more, and the store is read once in order. */
    static final int ONE_BY_ONE = 20;
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final StoredEvents stored;
    private final IncidentEventLog events;
    private final IncidentReadModel readModel;
    private final TransactionTemplate transactions;
    private final Configuration axon;

    IncidentReadModelRebuild(JdbcClient jdbc, StoredEvents stored, IncidentEventLog events, IncidentReadModel readModel,
                             TransactionTemplate transactions, Configuration axon) {
        this.jdbc = jdbc;
        this.stored = stored;
        this.events = events;
        this.readModel = readModel;
        this.transactions = transactions;
        this.axon = axon;
    }

    @Override
    public void afterSingletonsInstantiated() {
        rebuildWhatIsBehind();
    }

    /** Rebuilds every incident whose read model is missing or behind its events; returns how many. */
    int rebuildWhatIsBehind() {
        return rebuildWhatIsBehind(ONE_BY_ONE);
    }

    /** The same, reading the store in one pass when more than {@code oneByOne} incidents are behind. */
    int rebuildWhatIsBehind(int oneByOne) {
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
        if (behind.size() <= oneByOne) {
            for (UUID id : behind) {
                transactions.executeWithoutResult(tx -> events.current(id).ifPresent(readModel::save));
            }
            return behind.size();
        }
        // many behind (a truncated table, a reshaped view): one pass over the store in order, instead of a
        // query per incident, then the views written in batches
        long started = System.nanoTime();
        Set<String> wanted = behind.stream().map(UUID::toString).collect(Collectors.toSet());
        Map<String, IncidentDetails> folded = new HashMap<>();
        long[] events = {0};
        stored.forEachOfType(Incidents.TYPE, axon.eventSerializer(), axon.upcasterChain(), event -> {
            if (wanted.contains(event.getAggregateIdentifier())) {
                events[0]++;
                folded.compute(event.getAggregateIdentifier(), (id, details) -> IncidentHistory.apply(details,
                        event.getPayload(), VigilMetaData.actorOf(event.getMetaData()),
                        event.getSequenceNumber(), event.getTimestamp()));
            }
        });
        long read = System.nanoTime();
        List<IncidentDetails> rebuilt = List.copyOf(folded.values());
        for (int from = 0; from < rebuilt.size(); from += BATCH) {
            List<IncidentDetails> batch = rebuilt.subList(from, Math.min(rebuilt.size(), from + BATCH));
            transactions.executeWithoutResult(tx -> readModel.saveAll(batch));
        }
        log.info("Rebuilt {} incidents from {} events: {} ms reading and folding, {} ms writing", rebuilt.size(),
                events[0], (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return rebuilt.size();
    }
}
