package dev.vigil.platform.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server and a real Kafka broker for the tests of one JVM, started on first use
 * and stopped when the JVM exits. With a Docker engine they run in Testcontainers; without one (as
 * on the build machines here) PostgreSQL runs from the embedded binaries and Kafka as an in-JVM
 * KRaft broker. Set {@code VIGIL_TEST_INFRA=embedded} to skip the Docker probe.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static TestInfrastructure instance;

    private final String jdbcBase;
    private final String adminUser;
    private final String adminPassword;
    private final String kafkaBootstrapServers;
    private final AtomicInteger databases = new AtomicInteger();

    private TestInfrastructure(String jdbcBase, String adminUser, String adminPassword, String kafkaBootstrapServers) {
        this.jdbcBase = jdbcBase;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = useDocker() ? startContainers() : startEmbedded();
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Creates an empty database whose name starts with the given hint. */
    public Database newDatabase(String hint) {
        String name = (hint.toLowerCase().replaceAll("[^a-z0-9]+", "_") + "_" + databases.incrementAndGet());
        name = name.length() > 60 ? name.substring(name.length() - 60) : name;
        name = Character.isLetter(name.charAt(0)) ? name : "t" + name;
        try (Connection c = DriverManager.getConnection(jdbcBase + "postgres", adminUser, adminPassword);
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new Database(name, jdbcBase + name, adminUser, adminPassword);
    }

    private static boolean useDocker() {
        if ("embedded".equalsIgnoreCase(System.getenv("VIGIL_TEST_INFRA"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestInfrastructure startEmbedded() {
        long start = System.nanoTime();
        try {
            EmbeddedPostgres postgres = startPostgres();
            EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperties(Map.of(
                    "auto.create.topics.enable", "true",
                    "num.partitions", "3",
                    "group.initial.rebalance.delay.ms", "0",
                    "offsets.topic.num.partitions", "5"));
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.destroy();
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "vigil-test-infrastructure-stop"));
            log.info("Embedded PostgreSQL on port {} and Kafka at {} up in {} ms", postgres.getPort(),
                    kafka.getBrokersAsString(), (System.nanoTime() - start) / 1_000_000);
            return new TestInfrastructure("jdbc:postgresql://localhost:" + postgres.getPort() + "/",
                    "postgres", "postgres", kafka.getBrokersAsString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /**
     * PostgreSQL can neither be handed a bound socket nor pick its own port, so a free port is picked just
     * before it starts; should another process take that port in between, the server cannot listen and
     * exits, and it is started again on another port (the only failure a new port can cure).
     */
    private static EmbeddedPostgres startPostgres() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException | IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
                log.warn("Embedded PostgreSQL did not start (attempt {}); starting it on another port", attempt, e);
            }
        }
    }

    private static TestInfrastructure startContainers() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine")
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.0");
        postgres.start();
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }, "vigil-test-containers-stop"));
        String base = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/";
        return new TestInfrastructure(base, postgres.getUsername(), postgres.getPassword(), kafka.getBootstrapServers());
    }
}
