package dev.vigil.platform.audit;

import dev.vigil.platform.eventstore.AuditLog;
import dev.vigil.platform.eventstore.StoredEvents;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Every service's audit log and event-store queries, over its own event store. */
@AutoConfiguration
public class AuditAutoConfiguration {

    @Bean
    AuditLog auditLog(JdbcClient jdbc, JsonMapper json) {
        return new AuditLog(jdbc, json);
    }

    @Bean
    StoredEvents storedEvents(JdbcClient jdbc, JdbcTemplate statements) {
        return new StoredEvents(jdbc, statements);
    }

    @Bean
    AuditController auditController(AuditLog auditLog) {
        return new AuditController(auditLog);
    }
}
