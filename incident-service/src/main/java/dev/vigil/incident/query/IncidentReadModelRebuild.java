package dev.vigil.incident.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Rebuilds the incident read model from the event store when it is empty but incidents exist:
 * after a migration that reshapes it, or to repair it (truncate the table and restart).
 */
@Component
class IncidentReadModelRebuild implements ApplicationRunner {

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
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from incident_view)").query(Boolean.class).single()) {
            return;
        }
        List<UUID> incidents = jdbc.sql("select distinct aggregate_identifier from domain_event_entry where type = 'Incident'")
                .query(String.class).list().stream().map(UUID::fromString).toList();
        if (incidents.isEmpty()) {
            return;
        }
        log.info("Rebuilding the incident read model from the event store: {} incidents", incidents.size());
        for (UUID id : incidents) {
            transactions.executeWithoutResult(tx -> events.current(id).ifPresent(readModel::save));
        }
    }
}
