package dev.vigil.platform.audit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Every service's audit log, over its own event store. */
@AutoConfiguration
public class AuditAutoConfiguration {

    @Bean
    AuditLog auditLog(JdbcClient jdbc, JsonMapper json) {
        return new AuditLog(jdbc, json);
    }

    @Bean
    AuditController auditController(AuditLog auditLog) {
        return new AuditController(auditLog);
    }
}
