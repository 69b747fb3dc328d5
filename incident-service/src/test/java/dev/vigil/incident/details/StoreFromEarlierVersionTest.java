package dev.vigil.incident.details;

import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.Topics;
import dev.vigil.incident.FixedClockConfiguration;
import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.VigilTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store written by the build of 2026-11-30, when the aggregate recorded the published records
 * themselves (payload types {@code dev.vigil.contracts.incident.*}): today's service reads it whole,
 * through the upcaster, in its read model, its aggregate and its relay.
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
@Import(FixedClockConfiguration.class)
class StoreFromEarlierVersionTest {

    static final String INCIDENT = "46438b75-8aca-4173-bc36-1033efe65897";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncidentReadModelRebuild rebuild;
    @Autowired
    VigilProperties properties;

    @Test
    void an_incident_recorded_in_the_earlier_shape_is_read_run_and_published_as_before() throws IOException {
        String script = resource("/stores/incident-store-2026-11-30.sql");
        for (String statement : script.split(";\n")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement).update();
            }
        }
        assertThat(jdbc.sql("select count(*) from domain_event_entry where payload_type like 'dev.vigil.contracts.%'")
                .query(Long.class).single()).isEqualTo(14);

        // the read model, rebuilt from the old events (in one pass over the store, and incident by incident),
        // is exactly what the old build served
        assertThat(rebuild.rebuildWhatIsBehind(0, IncidentReadModelRebuild.BATCH)).isEqualTo(1);
        ApiClient carl = ApiClient.as("carl", port);
        JsonNode inOnePass = carl.get("/api/incidents/" + INCIDENT).json();
        jdbc.sql("delete from incident_view").update();
        assertThat(rebuild.rebuildWhatIsBehind()).isEqualTo(1);
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode served = (ObjectNode) carl.get("/api/incidents/" + INCIDENT).json();
        assertThat(served).isEqualTo(inOnePass);
        ObjectNode before = (ObjectNode) json.readTree(resource("/stores/incident-details-2026-11-30.json"));
        // the store keeps milliseconds; the old build's live view had the event's nanoseconds
        assertThat(Instant.parse(served.remove("lastChangedAt").asString()))
                .isEqualTo(Instant.parse(before.remove("lastChangedAt").asString()).truncatedTo(ChronoUnit.MILLIS));
        // what the inventory says of the system is added when the incident is read; the old build had no inventory
        assertThat(served.remove("system").get("inInventory").asBoolean()).isFalse();
        // the exercise flag came later: a declaration recorded without it is no exercise
        assertThat(served.remove("exercise").asBoolean()).isFalse();
        assertThat(served).isEqualTo(before);
        assertThat(carl.get("/api/incidents/INC-2026-0001?asOf=2026-12-31T00:00:00Z").json().get("notes").asInt())
                .isEqualTo(1);

        // the aggregate, sourced from the old events, takes commands: its state (RESOLVED, SEV1) carried over
        assertThat(carl.post("/api/incidents/" + INCIDENT + "/status", Map.of("status", "CLOSED")).status())
                .isEqualTo(409);
        var reopened = carl.post("/api/incidents/" + INCIDENT + "/status",
                Map.of("status", "INVESTIGATING", "reason", "The fix did not hold"));
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().get("version").asLong()).isEqualTo(14);
        assertThat(carl.post("/api/incidents/" + INCIDENT + "/severity", Map.of("severity", "SEV1", "reason", "same"))
                .status()).isEqualTo(422);

        // the relay publishes the old events in the published language, and keeps notes and internal updates home
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(properties.kafka().topic(Topics.INCIDENT)));
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen).extracting(r -> header(r, CloudEventHeaders.SEQUENCE)).contains("14");
            });
            assertThat(seen).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                    "vigil.incident.IncidentDeclared.v1", "vigil.incident.IncidentCommanderAssigned.v1",
                    "vigil.incident.SeverityChanged.v1", "vigil.incident.IncidentStatusChanged.v1",
                    "vigil.incident.IncidentRoleAssigned.v1", "vigil.incident.ParticipantJoined.v1",
                    "vigil.incident.ParticipantLeft.v1", "vigil.incident.DecisionLogged.v1",
                    "vigil.incident.StatusUpdatePosted.v1", "vigil.incident.ImpactAssessed.v1",
                    "vigil.incident.IncidentStatusChanged.v1", "vigil.incident.IncidentStatusChanged.v1",
                    "vigil.incident.IncidentStatusChanged.v1");
            assertThat(seen).map(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .noneMatch(v -> v.contains("Internal: the prompt came from a test account"))
                    .noneMatch(v -> v.contains("Prompt found in the logs"));
        }
    }

    private static String resource(String path) throws IOException {
        try (var in = StoreFromEarlierVersionTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
