package dev.vigil.incident.api;

import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.Topics;
import dev.vigil.incident.FixedClockConfiguration;
import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
@Import(FixedClockConfiguration.class)
public class IncidentDeclarationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VigilProperties properties;

    public static Map<String, Object> declaration() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Support bot gave dosage advice to a minor");
        body.put("summary", "A user under 18 received medication dosage advice.");
        body.put("systemId", "support-bot");
        body.put("modelVersion", "2026-10-01");
        body.put("severity", "SEV2");
        body.put("category", "HIGH_STAKES_HALLUCINATION");
        body.put("detectionSource", "USER_REPORT");
        body.put("occurredAt", "2026-11-20T07:00:00Z");
        body.put("detectedAt", "2026-11-20T08:00:00Z");
        body.put("awareAt", "2026-11-20T08:30:00Z");
        body.put("jurisdictions", List.of("EU", "US-CA"));
        body.put("restricted", false);
        return body;
    }

    ApiClient as(String user) {
        return ApiClient.as(user, port);
    }

    long storedEvents() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    @Test
    void a_declaration_is_answered_201_with_location_id_and_key_and_readable_by_id_and_key() {
        var response = as(TestUsers.COMMANDER).post("/api/incidents", declaration());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        String id = body.get("id").asString();
        assertThat(body.get("key").asString()).matches("INC-2026-\\d{4}");
        assertThat(response.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/incidents/" + id));
        assertThat(body.get("status").asString()).isEqualTo("DECLARED");
        assertThat(body.get("declaredAt").asString()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(body.get("declaredBy").get("subject").asString()).isEqualTo(TestUsers.COMMANDER);
        assertThat(body.get("declaredBy").get("name").asString()).isEqualTo(TestUsers.displayName(TestUsers.COMMANDER));

        var byId = as(TestUsers.RESPONDER).get("/api/incidents/" + id);
        var byKey = as(TestUsers.RESPONDER).get("/api/incidents/" + body.get("key").asString());
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json()).isEqualTo(body);
        assertThat(byKey.json()).isEqualTo(body);
        assertThat(as(TestUsers.AUDITOR).get("/api/incidents").json().get("items").findValuesAsString("id")).contains(id);
    }

    @Test
    void the_declaration_is_on_the_incident_topic_as_a_cloud_event_with_the_authenticated_actor() {
        var response = as(TestUsers.COMMANDER).post("/api/incidents", declaration(), Map.of("X-Correlation-Id", "req-42"));
        String id = response.json().get("id").asString();

        ConsumerRecord<String, byte[]> record = published(id);
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("vigil.incident.IncidentDeclared.v1");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/vigil/incident-service");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(header(record, CloudEventHeaders.SEQUENCE)).isEqualTo("0");
        assertThat(header(record, CloudEventHeaders.ACTOR)).isEqualTo(TestUsers.COMMANDER);
        assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(header(record, CloudEventHeaders.CORRELATION)).isEqualTo("req-42");
        assertThat(header(record, CloudEventHeaders.ACTOR_ROLES)).isEqualTo("INCIDENT_COMMANDER");
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .contains("\"incidentId\":\"" + id + "\"", "\"severity\":\"SEV2\"");
    }

    @Test
    void an_exercise_is_declared_shown_and_published_as_one_and_runs_the_same_workflow() {
        Map<String, Object> drill = declaration();
        drill.put("exercise", true);
        var response = as(TestUsers.COMMANDER).post("/api/incidents", drill);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().get("id").asString();
        assertThat(response.json().get("exercise").asBoolean()).isTrue();
        assertThat(as(TestUsers.RESPONDER).get("/api/incidents/" + id).json().get("exercise").asBoolean()).isTrue();
        var plain = as(TestUsers.COMMANDER).post("/api/incidents", declaration());
        assertThat(plain.json().get("exercise").asBoolean()).isFalse();

        assertThat(as(TestUsers.COMMANDER).post("/api/incidents/" + id + "/status",
                Map.of("status", "INVESTIGATING", "reason", "Drill started")).status()).isEqualTo(200);
        ConsumerRecord<String, byte[]> record = published(id);
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"exercise\":true");
    }

    /** The declaration of this incident as it is on the incident topic. */
    ConsumerRecord<String, byte[]> published(String id) {
        try (var consumer = consumer()) {
            consumer.subscribe(List.of(properties.kafka().topic(Topics.INCIDENT)));
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen).anyMatch(r -> id.equals(r.key()));
            });
            return seen.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        }
    }

    @Test
    void concurrent_declarations_get_distinct_consecutive_keys() throws Exception {
        int n = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = IntStream.range(0, n).<Callable<String>>mapToObj(i -> () -> {
                var r = as(TestUsers.COMMANDER).post("/api/incidents", declaration());
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
                return r.json().get("key").asString();
            }).toList();
            List<String> keys = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                keys.add(f.get());
            }
            Set<String> distinct = Set.copyOf(keys);
            assertThat(distinct).hasSize(n);
            List<Integer> numbers = keys.stream().map(k -> Integer.parseInt(k.substring(9))).sorted().toList();
            assertThat(numbers.getLast() - numbers.getFirst()).isEqualTo(n - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_missing_field_gets_400_naming_it_and_nothing_is_stored() {
        long before = storedEvents();
        Map<String, Object> body = declaration();
        body.remove("severity");
        body.put("title", "");

        var response = as(TestUsers.COMMANDER).post("/api/incidents", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title", "severity");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformed_input_gets_400_naming_the_field() {
        long before = storedEvents();
        Map<String, Object> badSeverity = declaration();
        badSeverity.put("severity", "SEV9");
        Map<String, Object> badTime = declaration();
        badTime.put("awareAt", "yesterday");
        Map<String, Object> serverOwned = declaration();
        serverOwned.put("id", UUID.randomUUID().toString());
        Map<String, Object> actor = declaration();
        actor.put("declaredBy", "someone-else");

        assertProblem(as(TestUsers.COMMANDER).post("/api/incidents", badSeverity), 400, "severity", "format");
        assertProblem(as(TestUsers.COMMANDER).post("/api/incidents", badTime), 400, "awareAt", "format");
        assertProblem(as(TestUsers.COMMANDER).post("/api/incidents", serverOwned), 400, "id", "unknown-field");
        assertProblem(as(TestUsers.COMMANDER).post("/api/incidents", actor), 400, "declaredBy", "unknown-field");
        assertProblem(as(TestUsers.COMMANDER).post("/api/incidents", "{\"title\": "), 400, "body", "malformed-json");
        assertProblem(as(TestUsers.COMMANDER).post("/api/incidents", "[]"), 400, "body", "type");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void contradicting_times_get_422_and_nothing_is_stored() {
        long before = storedEvents();
        Map<String, Object> body = declaration();
        body.put("detectedAt", "2026-11-20T09:00:00Z");

        assertProblem(as(TestUsers.COMMANDER).post("/api/incidents", body), 422, "detectedAt", "not-after-awareAt");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void every_route_requires_authentication() {
        assertThat(ApiClient.anonymous(port).get("/api/incidents").status()).isEqualTo(401);
        var post = ApiClient.anonymous(port).post("/api/incidents", declaration());
        assertThat(post.status()).isEqualTo(401);
        assertThat(post.contentType()).startsWith("application/problem+json");
        assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
        assertThat(as(TestUsers.ADMIN).get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes", "vigil_relay_events_total");
    }

    @Test
    void a_restricted_incident_is_not_found_for_those_without_need_to_know() {
        Map<String, Object> body = declaration();
        body.put("restricted", true);
        String id = as(TestUsers.COMMANDER).post("/api/incidents", body).json().get("id").asString();

        assertThat(as(TestUsers.RESPONDER).get("/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(as(TestUsers.RESPONDER).get("/api/incidents?size=200").json().get("items").findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(as(TestUsers.COMMANDER).get("/api/incidents/" + id).status()).isEqualTo(200);
        assertThat(as(TestUsers.COMMITTEE).get("/api/incidents/" + id).status()).isEqualTo(200);
    }

    @Test
    void the_service_describes_its_api_in_an_openapi_document() {
        var response = as(TestUsers.AUDITOR).get("/v3/api-docs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        for (String path : List.of("/api/incidents", "/api/incidents/{idOrKey}", "/api/incidents/{idOrKey}/severity",
                "/api/incidents/{idOrKey}/status", "/api/incidents/{idOrKey}/commander", "/api/incidents/{idOrKey}/roles",
                "/api/incidents/{idOrKey}/participants", "/api/incidents/{idOrKey}/impact",
                "/api/incidents/{idOrKey}/decisions", "/api/incidents/{idOrKey}/updates", "/api/incidents/{idOrKey}/notes",
                "/api/incidents/{idOrKey}/timeline", "/api/incidents/{idOrKey}/timeline/stream", "/api/audit")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void unknown_incidents_and_bad_paging_are_client_errors() {
        assertThat(as(TestUsers.RESPONDER).get("/api/incidents/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(as(TestUsers.RESPONDER).get("/api/incidents/INC-1999-0001").status()).isEqualTo(404);
        assertProblem(as(TestUsers.RESPONDER).get("/api/incidents?size=0"), 400, "size", "range");
        assertProblem(as(TestUsers.RESPONDER).get("/api/incidents?page=x"), 400, "page", "format");
    }

    private static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.toString()).isNotNull();
        Set<String> pairs = new java.util.HashSet<>();
        errors.forEach(e -> pairs.add(e.get("field").asString() + "/" + e.get("rule").asString()));
        assertThat(pairs).as(response.toString()).contains(field + "/" + rule);
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
