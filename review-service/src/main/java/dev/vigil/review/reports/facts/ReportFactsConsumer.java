package dev.vigil.review.reports.facts;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Feeds the report facts from all four topics (review-service's own included: its published reviews and action
 * items). A type this build does not know is skipped; the time of a fact is the event's own (ce_time), so a
 * rebuild from the topics gives the very same rows.
 */
@Component
class ReportFactsConsumer implements EventConsumer {

    private final ReportFacts facts;

    ReportFactsConsumer(ReportFacts facts) {
        this.facts = facts;
    }

    @Override
    public String name() {
        return "review-report-facts";
    }

    @Override
    public List<PublishedLanguage> reads() {
        return ReportFacts.LANGUAGES;
    }

    @Override
    public void consume(EventEnvelope envelope) {
        if (envelope.event().isEmpty()) {
            return;
        }
        Instant at = envelope.time() != null ? envelope.time() : Instant.EPOCH;
        facts.record(envelope.id(), envelope.type(), envelope.subject() == null ? "" : envelope.subject(),
                envelope.sequence(), at, envelope.payloadJson());
    }
}
