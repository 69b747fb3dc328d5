package dev.vigil.review.reports.facts;

import dev.vigil.review.events.FactorAdded;
import dev.vigil.review.events.FactorWithdrawn;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contributing factors are review-service's own facts and not published: they join the report facts from its
 * own event store, in the transaction that records them (a subscribing processor), keyed by the event's id.
 */
@Component
@ProcessingGroup(ContributingFactorFacts.GROUP)
class ContributingFactorFacts {

    static final String GROUP = "report-factor-facts";

    private final ReportFacts facts;
    private final JsonMapper json;

    ContributingFactorFacts(ReportFacts facts, JsonMapper json) {
        this.facts = facts;
        this.json = json;
    }

    @EventHandler
    void on(FactorAdded event, EventMessage<?> message) {
        record(event, message);
    }

    @EventHandler
    void on(FactorWithdrawn event, EventMessage<?> message) {
        record(event, message);
    }

    private void record(Object event, EventMessage<?> message) {
        Long sequence = message instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : null;
        String subject = message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : "";
        facts.record(message.getIdentifier(), "review-service." + event.getClass().getSimpleName(), subject, sequence,
                message.getTimestamp(), json.writeValueAsString(event));
    }
}
