package dev.vigil.review.reports.facts;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Contributing factors recorded before the reports existed (or while their table was emptied) are in the event
 * store but were never seen by {@link ContributingFactorFacts}, which only sees events as they are recorded. At the
 * first start with reports, this copies them in from the store, once (the table {@code report_fact_backfill} says
 * it ran); later factors arrive live. Idempotent by event id, so two instances starting at once do no harm.
 */
@Component
public class ReportFactsBackfill implements SmartInitializingSingleton {

    static final String OWN_FACTORS = "own-contributing-factors";
    private static final Logger log = LoggerFactory.getLogger(ReportFactsBackfill.class);

    private final ReportFacts facts;
    private final EventStorageEngine store;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportFactsBackfill(ReportFacts facts, EventStorageEngine store, JdbcClient jdbc, Clock clock) {
        this.facts = facts;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean ran = jdbc.sql("select count(*) from report_fact_backfill where name = :name")
                .param("name", OWN_FACTORS).query(Long.class).single() > 0;
        if (!ran) {
            long added = copyOwnFacts();
            jdbc.sql("insert into report_fact_backfill (name, ran_at, facts) values (:name, :at, :facts) "
                            + "on conflict do nothing")
                    .param("name", OWN_FACTORS).param("at", Timestamp.from(clock.instant())).param("facts", added)
                    .update();
            log.info("Report facts: {} contributing-factor events copied from the event store", added);
        }
    }

    /** Copies every contributing-factor event of the store not yet among the facts; returns how many. */
    public long copyOwnFacts() {
        return facts.copyOwn(store);
    }
}
