package dev.vigil.incident.systems;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.policy.AiSystemRecorded;
import dev.vigil.contracts.policy.PolicyEventTypes;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The inventory's AI systems, as policy-service publishes them; a later revision replaces an earlier one. */
@Component
public class KnownSystems implements EventConsumer {

    private final JdbcClient jdbc;

    KnownSystems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "known-systems";
    }

    @Override
    public List<PublishedLanguage> reads() {
        return List.of(PolicyEventTypes.LANGUAGE);
    }

    @Override
    public void consume(EventEnvelope envelope) {
        if (envelope.event().orElse(null) instanceof AiSystemRecorded s) {
            jdbc.sql("""
                            insert into known_system (system_id, revision, name, risk_class, roles)
                            values (:id, :revision, :name, :riskClass, :roles)
                            on conflict (system_id) do update set revision = excluded.revision, name = excluded.name,
                                risk_class = excluded.risk_class, roles = excluded.roles
                            where known_system.revision < excluded.revision""")
                    .param("id", s.systemId())
                    .param("revision", s.revision())
                    .param("name", s.name())
                    .param("riskClass", s.riskClass().name())
                    .param("roles", s.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .update();
        }
    }

    /** The system as the inventory holds it, or flagged as unknown to it. */
    public SystemOnRecord of(String systemId) {
        return jdbc.sql("select name, risk_class, roles from known_system where system_id = :id").param("id", systemId)
                .query((rs, n) -> new SystemOnRecord(systemId, true, rs.getString(1), rs.getString(2),
                        rs.getString(3).isEmpty() ? List.of() : Arrays.asList(rs.getString(3).split(","))))
                .optional()
                .orElse(new SystemOnRecord(systemId, false, null, null, List.of()));
    }
}
