package dev.vigil.infra;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The floor the benchmark measures Vigil against (P1F, P2F); not part of Vigil. The same Tomcat, Spring
 * MVC, Jackson and Spring Security resource server, checking the same issuer and audience from the same
 * properties, and handlers that only append each declaration as one row and commit (and, for P2F, send
 * it on to Kafka). None of Vigil's own work (Axon, aggregate, read model, relay) and none of the
 * platform's filters, role rules, metrics or tracing: what it reaches is more than any design whose
 * authenticated request records a fact could reach on this stack and machine. Its batch endpoint shows
 * what sharing one request and one commit among many declarations would reach.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableTransactionManagement
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@Import(RequestFloor.Appender.class)
class RequestFloor {

    /**
     * Starts it on a port of its own; the settings name the database, the token issuer, and the broker
     * and topic it forwards to ({@code vigil.floor.bootstrap-servers}, {@code vigil.floor.topic}).
     */
    static ConfigurableApplicationContext start(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("server.port", "0");
        all.put("spring.datasource.hikari.maximum-pool-size", "5"); // as each service's pool in the benchmark
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RequestFloor.class)
                .web(WebApplicationType.SERVLET).registerShutdownHook(false).run(VigilService.arguments(all));
        context.getBean(JdbcTemplate.class).execute("""
                create table if not exists floor_event (id uuid primary key, actor varchar(255) not null,
                    payload text not null, recorded_at timestamptz not null default now())""");
        return context;
    }

    @Bean
    SecurityFilterChain requests(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { }))
                .build();
    }

    @Bean(destroyMethod = "close")
    KafkaProducer<String, String> forwarding(@Value("${vigil.floor.bootstrap-servers}") String bootstrapServers) {
        return BenchmarkClients.producer(bootstrapServers);
    }

    @RestController
    static class Appender {

        private static final String APPEND = "insert into floor_event (id, actor, payload) values (?, ?, ?)";

        private final JdbcTemplate statements;
        private final JsonMapper json;
        private final TransactionTemplate transactions;
        private final KafkaProducer<String, String> forwarding;
        private final String topic;

        Appender(JdbcTemplate statements, JsonMapper json, PlatformTransactionManager transactionManager,
                 KafkaProducer<String, String> forwarding, @Value("${vigil.floor.topic}") String topic) {
            this.statements = statements;
            this.json = json;
            this.transactions = new TransactionTemplate(transactionManager);
            this.forwarding = forwarding;
            this.topic = topic;
        }

        @PostMapping("/api/incidents")
        @ResponseStatus(HttpStatus.CREATED)
        @Transactional
        Map<String, Object> declare(@RequestBody Map<String, Object> declaration, @AuthenticationPrincipal Jwt actor) {
            UUID id = UUID.randomUUID();
            statements.update(APPEND, id, actor.getSubject(), json.writeValueAsString(declaration));
            return Map.of("id", id);
        }

        /**
         * One declaration appended and committed, then sent to Kafka and acknowledged by the broker, as the
         * relay sends (the benchmark's P2F: what is left of P2 with nothing but the fact recorded and sent on).
         * Unlike the relay it sends from the request and keeps no outbox: a crash after the commit would
         * lose the record, so this is less than a design that loses nothing has to do.
         */
        @PostMapping("/api/incidents/forwarded")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, Object> declareAndForward(@RequestBody Map<String, Object> declaration,
                                              @AuthenticationPrincipal Jwt actor) throws Exception {
            UUID id = UUID.randomUUID();
            String payload = json.writeValueAsString(declaration);
            transactions.executeWithoutResult(tx -> statements.update(APPEND, id, actor.getSubject(), payload));
            forwarding.send(new ProducerRecord<>(topic, id.toString(), payload)).get(10, TimeUnit.SECONDS);
            return Map.of("id", id);
        }

        /** Many declarations in one request, appended in one batch and one commit. */
        @PostMapping("/api/incidents/batch")
        @ResponseStatus(HttpStatus.CREATED)
        @Transactional
        List<UUID> declareAll(@RequestBody List<Map<String, Object>> declarations, @AuthenticationPrincipal Jwt actor) {
            List<UUID> ids = declarations.stream().map(d -> UUID.randomUUID()).toList();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                rows.add(new Object[] {ids.get(i), actor.getSubject(), json.writeValueAsString(declarations.get(i))});
            }
            statements.batchUpdate(APPEND, rows);
            return ids;
        }
    }
}
