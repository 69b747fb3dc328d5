package dev.vigil.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The whole platform on one machine: PostgreSQL, a Kafka broker and the four services in this JVM,
 * with every byte of data under one directory ({@code .vigil/} of the working copy) so that a
 * restart, even after SIGKILL, keeps every event. Ctrl-C stops it all, services first.
 * <p>
 * {@code -Dvigil.stack.parts} runs only some of it in this process (see {@link StackParts}), so the
 * broker can be stopped on its own, or a service run twice against the same database and groups.
 */
public final class DevStack {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;

    private DevStack() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("vigil.home", ".vigil")).toAbsolutePath().normalize();
        StackParts parts = StackParts.parse(System.getProperty("vigil.stack.parts", StackParts.ALL));
        log.info("Vigil dev stack: {}, data in {}", parts, home);
        DevPostgres postgres = parts.postgres() ? DevPostgres.start(home.resolve("postgres"), POSTGRES_PORT) : null;
        DevKafka kafka = parts.kafka() ? DevKafka.start(home.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT) : null;
        List<ConfigurableApplicationContext> running = Collections.synchronizedList(new ArrayList<>());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping the Vigil dev stack");
            List<ConfigurableApplicationContext> services = new ArrayList<>(running);
            Collections.reverse(services);
            services.forEach(ConfigurableApplicationContext::close);
            if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        }, "vigil-dev-stack-stop"));

        Properties devSettings = devSettings();
        parts.services().forEach((service, port) -> {
            String jdbcUrl = DevPostgres.jdbcUrl(POSTGRES_PORT, service.databaseName());
            DevPostgres.ensureDatabase(POSTGRES_PORT, service.databaseName());
            Map<String, String> settings = new LinkedHashMap<>();
            devSettings.forEach((k, v) -> settings.put(k.toString(), v.toString()));
            settings.put("spring.datasource.url", jdbcUrl);
            settings.put("spring.datasource.username", "postgres");
            settings.put("spring.datasource.password", "postgres");
            settings.put("spring.kafka.bootstrap-servers", "localhost:" + KAFKA_PORT);
            settings.put("server.port", Integer.toString(port));
            running.add(service.start(settings));
        });
        if (parts.isAll()) {
            log.info("""

                    Vigil is up.
                      incident-service      http://localhost:8081
                      review-service        http://localhost:8082
                      policy-service        http://localhost:8083
                      notification-service  http://localhost:8084
                      PostgreSQL            localhost:{} (user postgres)   Kafka  localhost:{}
                    Dev users (password = name + "-pw"): rita RESPONDER, carl INCIDENT_COMMANDER, rosa REVIEWER,
                      cora COMMITTEE, paul POLICY_OWNER, connie and cleo COMPLIANCE, aldo AUDITOR, ada ADMIN
                    Ctrl-C stops everything; data stays in {}
                    """, POSTGRES_PORT, KAFKA_PORT, home);
        } else {
            log.info("Vigil dev stack parts are up: {}", parts);
        }
    }

    private static Properties devSettings() {
        Properties properties = new Properties();
        try (InputStream in = DevStack.class.getResourceAsStream("/devstack.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
