package dev.vigil.review.reports.facts;

import dev.vigil.review.events.FactorAdded;
import dev.vigil.review.events.FactorWithdrawn;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Contributing factors are review-service's own facts and not published: they join the report facts from its
 * own event store, in the transaction that records them (a subscribing processor), keyed by the event's id. A
 * subscribing processor sees only what is recorded while it runs: what was recorded before is copied in by
 * {@link ReportFactsBackfill} (once) and by {@link ReportFactsRebuild} (every rebuild).
 */
@Component
@ProcessingGroup(ContributingFactorFacts.GROUP)
class ContributingFactorFacts {

    static final String GROUP = "report-factor-facts";

    private final ReportFacts facts;

    ContributingFactorFacts(ReportFacts facts) {
        this.facts = facts;
    }

    @EventHandler
    void on(FactorAdded event, EventMessage<?> message) {
        facts.recordOwn(message);
    }

    @EventHandler
    void on(FactorWithdrawn event, EventMessage<?> message) {
        facts.recordOwn(message);
    }
}
