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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    /** Views written per statement. */
    static final int BATCH = 500;
    /**
     * Batches written at once, each on its own connection: PostgreSQL's work on a batch is most of a
     * rebuild's time, and with two writers 8,000 views were written 1.35 × as fast as with one.
     */
    static final int WRITERS = 2;

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
        return rebuildWhatIsBehind(ONE_BY_ONE, BATCH);
    }

    /** The same, reading the store in one pass when more than {@code oneByOne} incidents are behind. */
    int rebuildWhatIsBehind(int oneByOne, int batchSize) {
        Map<UUID, Long> viewed = new HashMap<>();
        jdbc.sql("select incident_id, version from incident_view")
                .query(rs -> {
                    viewed.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        Map<String, Long> last = stored.lastSequences(Incidents.TYPE);
        // each incident whose view is missing or behind, with the sequence number of its last event
        Map<String, Long> behind = last.entrySet().stream()
                .filter(e -> viewed.getOrDefault(UUID.fromString(e.getKey()), -1L) < e.getValue())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (behind.isEmpty()) {
            return 0;
        }
        log.info("Rebuilding {} of {} incidents in the read model from the event store", behind.size(), last.size());
        if (behind.size() <= oneByOne) {
            for (String id : behind.keySet()) {
                transactions.executeWithoutResult(tx -> events.current(UUID.fromString(id)).ifPresent(readModel::save));
            }
            return behind.size();
        }
        // many behind (a truncated table, a reshaped view): one pass over the store in order; an incident is done
        // at its last event (known above), its view joins a batch, and batches are written on other threads
        // while the pass reads on
        long started = System.nanoTime();
        Map<String, IncidentDetails> folding = new HashMap<>();
        var pass = new Pass(batchSize);
        try (ExecutorService writer = Executors.newFixedThreadPool(WRITERS, Thread.ofPlatform().name("rebuild-writer-", 1).factory())) {
            stored.forEachOfType(Incidents.TYPE, axon.eventSerializer(), axon.upcasterChain(), event -> {
                String id = event.getAggregateIdentifier();
                Long lastOfIncident = behind.get(id);
                if (lastOfIncident == null || event.getSequenceNumber() > lastOfIncident) {
                    return; // not behind, or appended since this rebuild began (the live projection takes those)
                }
                pass.events++;
                IncidentDetails details = IncidentHistory.apply(folding.remove(id), event.getPayload(),
                        VigilMetaData.actorOf(event.getMetaData()), event.getSequenceNumber(), event.getTimestamp());
                if (event.getSequenceNumber() == lastOfIncident) {
                    pass.add(details, writer);
                } else {
                    folding.put(id, details);
                }
            });
            folding.values().forEach(details -> pass.add(details, writer)); // none, unless the store lost a tail
            pass.write(writer);
            pass.finish();
        }
        log.info("Rebuilt {} incidents from {} events in {} ms", pass.incidents, pass.events,
                (System.nanoTime() - started) / 1_000_000);
        return pass.incidents;
    }

    /** One pass's output: the batch being filled and the batches being written. */
    private final class Pass {
        final int batchSize;
        long events;
        int incidents;
        List<IncidentDetails> batch = new ArrayList<>();
        final Deque<CompletableFuture<Void>> writing = new ArrayDeque<>();

        Pass(int batchSize) {
            this.batchSize = batchSize;
        }

        void add(IncidentDetails details, ExecutorService writer) {
            batch.add(details);
            incidents++;
            if (batch.size() == batchSize) {
                write(writer);
            }
        }

        /** Waits while every writer is busy (so at most {@link #WRITERS} + 1 batches are held), then hands this one on. */
        void write(ExecutorService writer) {
            if (batch.isEmpty()) {
                return;
            }
            if (writing.size() == WRITERS) {
                finished(writing.poll());
            }
            List<IncidentDetails> views = batch;
            batch = new ArrayList<>();
            writing.add(CompletableFuture.runAsync(() -> readModel.saveAll(views), writer));
        }

        /** Waits for every batch, failing with the first failure (any later ones attached to it). */
        void finish() {
            RuntimeException failed = null;
            while (!writing.isEmpty()) {
                try {
                    finished(writing.poll());
                } catch (RuntimeException e) {
                    if (failed == null) {
                        failed = e;
                    } else {
                        failed.addSuppressed(e);
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
        }

        /** Waits for a batch; its failure is thrown as the writer threw it. */
        private static void finished(CompletableFuture<Void> batch) {
            try {
                batch.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }
}
