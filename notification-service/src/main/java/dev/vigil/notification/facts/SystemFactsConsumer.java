package dev.vigil.notification.facts;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.policy.AiSystemRecorded;
import dev.vigil.contracts.policy.PolicyEventTypes;
import dev.vigil.notification.assessment.Reassessment;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Keeps each AI system's facts from the policy topic (the organisation's roles, the risk class, where
 * it is placed on the market or used) and recomputes the obligations of every incident on it. A
 * redelivered or older revision changes nothing.
 */
@Component
class SystemFactsConsumer implements EventConsumer {

    private final JdbcClient jdbc;
    private final Reassessment reassessment;
    private final Clock clock;

    SystemFactsConsumer(JdbcClient jdbc, Reassessment reassessment, Clock clock) {
        this.jdbc = jdbc;
        this.reassessment = reassessment;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "system-facts";
    }

    @Override
    public List<PublishedLanguage> reads() {
        return List.of(PolicyEventTypes.LANGUAGE);
    }

    @Override
    public void consume(EventEnvelope envelope) {
        if (envelope.event().orElse(null) instanceof AiSystemRecorded e) {
            recorded(e);
        }
    }

    private void recorded(AiSystemRecorded e) {
        int changed = jdbc.sql("""
                        insert into system_facts (system_id, revision, roles, risk_class, jurisdictions, updated_at)
                        values (:id, :revision, :roles, :riskClass, :jurisdictions, :now)
                        on conflict (system_id) do update set revision = excluded.revision, roles = excluded.roles,
                            risk_class = excluded.risk_class, jurisdictions = excluded.jurisdictions,
                            updated_at = excluded.updated_at
                        where system_facts.revision < excluded.revision""")
                .param("id", e.systemId())
                .param("revision", e.revision())
                .param("roles", FactsStore.join(FactsStore.names(e.roles()).stream().sorted().toList()))
                .param("riskClass", e.riskClass().name())
                .param("jurisdictions", FactsStore.join(e.jurisdictions()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (changed > 0) {
            reassessment.onSystem(e.systemId(), "AI system " + e.systemId() + " revision " + e.revision() + ": roles "
                    + e.roles().stream().map(Enum::name).sorted().toList() + ", risk class " + e.riskClass()
                    + " (" + e.reason() + ")");
        }
    }
}
