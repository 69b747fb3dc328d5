package dev.vigil.infra;

import com.networknt.schema.Schema;
import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.Topics;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.eventstore.AuditLog;
import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.vigil.infra.Declarations.declaration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator and an integrator see of two running services: the metrics the Grafana dashboard
 * queries, one request followed by its correlation id and its trace id through JSON log lines of both services, a
 * relayed record read by the CloudEvents SDK and held to its AsyncAPI payload schema, and audit
 * queries that read indexes.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static RunningPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = new RunningPlatform(TestInfrastructure.get().kafkaBootstrapServers(), "ops",
                Map.of("logging.config", "classpath:vigil-json-logback.xml",
                        // Kafka's per-partition metrics are picked up within a second of appearing
                        "vigil.kafka.metrics-refresh-interval", "1s"))
                .start(VigilService.INCIDENT, VigilService.REVIEW);
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    /** Declares an incident with the given correlation id and waits until review-service knows it. */
    static String declareSeenByReview(String correlation) {
        var declared = platform.as(TestUsers.COMMANDER, VigilService.INCIDENT)
                .post("/api/incidents", declaration("Agent wired money twice", false), Map.of("X-Correlation-Id", correlation));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        String id = declared.json().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(platform.as(TestUsers.REVIEWER, VigilService.REVIEW).get("/api/incidents/" + id).status())
                        .isEqualTo(200));
        return id;
    }

    @Test
    void one_request_is_followed_by_its_correlation_id_through_json_lines_of_two_services(CapturedOutput output) {
        String correlation = "ops-" + UUID.randomUUID();
        String id = declareSeenByReview(correlation);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<JsonNode> lines = jsonLines(output.getAll()).stream()
                    .filter(line -> correlation.equals(line.path("correlationId").asString(null)))
                    .toList();
            // incident-service handling the request (after authentication: the actor is known)
            assertThat(lines).anySatisfy(line -> {
                assertThat(line.path("message").asString()).contains("POST /api/incidents answered 201");
                assertThat(line.path("actor").asString()).isEqualTo(TestUsers.COMMANDER);
            });
            // incident-service's relay, on its own thread, sending the event the request caused
            assertThat(lines).anySatisfy(line -> {
                assertThat(line.path("message").asString()).contains("relayed vigil.incident.IncidentDeclared.v1");
                assertThat(line.path("incidentId").asString()).isEqualTo(id);
            });
            // review-service's consumer of that event
            assertThat(lines).anySatisfy(line -> {
                assertThat(line.path("message").asString()).contains("known-incidents handled vigil.incident.IncidentDeclared.v1");
                assertThat(line.path("actor").asString()).isEqualTo(TestUsers.COMMANDER);
                assertThat(line.path("incidentId").asString()).isEqualTo(id);
                assertThat(line.path("eventType").asString()).isEqualTo("vigil.incident.IncidentDeclared.v1");
            });
        });
    }

    @Test
    void one_request_is_followed_by_its_trace_id_through_both_services_and_the_record_between_them(CapturedOutput output) {
        String correlation = "trace-" + UUID.randomUUID();
        String id = declareSeenByReview(correlation);

        java.util.concurrent.atomic.AtomicReference<String> traced = new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<JsonNode> lines = jsonLines(output.getAll()).stream()
                    .filter(line -> correlation.equals(line.path("correlationId").asString(null)))
                    .toList();
            JsonNode answered = lines.stream()
                    .filter(line -> line.path("message").asString().contains("POST /api/incidents answered 201"))
                    .findFirst().orElseThrow(() -> new AssertionError("no line of the request"));
            String trace = answered.path("traceId").asString(null);
            assertThat(trace).as("the request's line carries a W3C trace id").matches("[0-9a-f]{32}");
            assertThat(answered.path("spanId").asString(null)).matches("[0-9a-f]{16}");
            // the relay (incident-service, another thread, later) and review-service's consumer go on with that trace
            JsonNode relayed = lines.stream()
                    .filter(line -> line.path("message").asString().contains("relayed vigil.incident.IncidentDeclared.v1"))
                    .findFirst().orElseThrow(() -> new AssertionError("no line of the relay"));
            JsonNode handled = lines.stream()
                    .filter(line -> line.path("message").asString().contains("known-incidents handled vigil.incident.IncidentDeclared.v1"))
                    .findFirst().orElseThrow(() -> new AssertionError("no line of review-service's consumer"));
            assertThat(relayed.path("traceId").asString(null)).isEqualTo(trace);
            assertThat(handled.path("traceId").asString(null)).isEqualTo(trace);
            // each step in a span of its own
            assertThat(List.of(answered.path("spanId").asString(), relayed.path("spanId").asString(),
                    handled.path("spanId").asString())).doesNotHaveDuplicates();
            // every line of that request and its event, in both services, carries the trace
            assertThat(lines).allSatisfy(line -> assertThat(line.path("traceId").asString(null))
                    .as(line.toString()).isEqualTo(trace));
            traced.set(trace);
        });
        // the record between them carries the trace as the CloudEvents distributed tracing extension
        ConsumerRecord<String, byte[]> record = recordsOf(id, 1).getFirst();
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        assertThat(String.valueOf(event.getExtension("traceparent")))
                .matches("00-" + traced.get() + "-[0-9a-f]{16}-[0-9a-f]{2}");
        assertThat(header(record, CloudEventHeaders.TRACEPARENT)).isEqualTo(event.getExtension("traceparent"));
    }

    @Test
    void a_relayed_record_is_a_cloudevent_to_the_cloudevents_sdk_and_matches_its_asyncapi_schema() throws IOException {
        String correlation = "ce-" + UUID.randomUUID();
        String id = declareSeenByReview(correlation);
        var commander = platform.as(TestUsers.COMMANDER, VigilService.INCIDENT);
        assertThat(commander.post("/api/incidents/" + id + "/severity", Map.of("severity", "SEV1", "reason", "spreading"))
                .status()).isEqualTo(200);
        assertThat(commander.post("/api/incidents/" + id + "/status", Map.of("status", "INVESTIGATING")).status())
                .isEqualTo(200);
        assertThat(commander.post("/api/incidents/" + id + "/participants",
                Map.of("subject", TestUsers.RESPONDER, "name", "Rita Responder")).status()).isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> records = recordsOf(id, 4);
        JsonNode asyncapi = AsyncApiTest.document();
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(event.getId()).isEqualTo(header(record, CloudEventHeaders.ID));
            assertThat(event.getSource()).isEqualTo(URI.create("/vigil/incident-service"));
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(event.getTime()).isNotNull();
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            // Vigil's extension attributes survive the SDK
            assertThat(event.getExtension("vigilcorrelation")).isEqualTo(header(record, CloudEventHeaders.CORRELATION));
            assertThat(event.getExtension("vigilactor")).isEqualTo(TestUsers.COMMANDER);
            assertThat(event.getExtension("vigilactorroles")).isEqualTo("INCIDENT_COMMANDER");
            assertThat(event.getExtensionNames()).contains("vigilsequence", "vigilactorname");
            JsonNode data = JSON.readTree(event.getData().toBytes());
            // the payload as published matches the AsyncAPI document's schema for its type
            Schema schema = AsyncApiTest.payloadSchema(asyncapi, event.getType());
            assertThat(schema.validate(data.toString(), com.networknt.schema.InputFormat.JSON)).as(event.getType() + " " + data).isEmpty();
        }
        CloudEvent declared = KafkaMessageFactory.createReader(records.get(0)).toEvent();
        assertThat(declared.getType()).isEqualTo("vigil.incident.IncidentDeclared.v1");
        assertThat(declared.getExtension("vigilsequence")).isEqualTo("0");
        assertThat(declared.getExtension("vigilcorrelation")).isEqualTo(correlation);
        assertThat(JSON.readTree(declared.getData().toBytes()).get("title").asString()).isEqualTo("Agent wired money twice");
        assertThat(KafkaMessageFactory.createReader(records.get(1)).toEvent().getType())
                .isEqualTo("vigil.incident.SeverityChanged.v1");
        // four types, each held to its own payload schema
        assertThat(records.stream().map(r -> header(r, CloudEventHeaders.TYPE)).distinct()).hasSize(4);
    }

    @Test
    void every_metric_the_grafana_dashboard_queries_is_on_actuator_prometheus() throws IOException {
        declareSeenByReview("metrics-" + UUID.randomUUID());
        Set<String> queried = DashboardQueries.metricNames(Path.of("grafana/vigil.json"));
        assertThat(queried).as("metric names the dashboard queries").hasSizeGreaterThan(10);

        // some meters (a partition's lag) appear once the clients have met their partitions
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Set<String> exposed = new TreeSet<>();
            for (VigilService service : List.of(VigilService.INCIDENT, VigilService.REVIEW)) {
                var scrape = platform.as(TestUsers.ADMIN, service).get("/actuator/prometheus");
                assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
                exposed.addAll(DashboardQueries.samples(scrape.body()));
            }
            Set<String> missing = new TreeSet<>(queried);
            missing.removeAll(exposed);
            assertThat(missing).as("queried by infra/grafana/vigil.json but not exposed; exposed: " + exposed).isEmpty();
        });
    }

    @Test
    void a_request_is_measured_once_not_once_per_security_filter() {
        declareSeenByReview("observed-" + UUID.randomUUID());
        var scrape = platform.as(TestUsers.ADMIN, VigilService.INCIDENT).get("/actuator/prometheus");
        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        Set<String> exposed = DashboardQueries.samples(scrape.body());

        assertThat(scrape.body()).containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*"
                + "uri=\"/api/incidents\"");
        // Spring Security's own observations (the filter chain, each authentication and authorisation) cost a tenth of
        // a declaration's request CPU and say nothing the request's own does not
        assertThat(exposed).noneMatch(name -> name.startsWith("spring_security_"));
    }

    @Test
    void audit_log_filters_read_indexes_not_the_whole_event_table() {
        declareSeenByReview("audit-" + UUID.randomUUID());
        var db = platform.databaseOf(VigilService.INCIDENT);
        try (SingleConnectionDataSource connection = new SingleConnectionDataSource(db.url(), db.username(), db.password(), true)) {
            JdbcClient jdbc = JdbcClient.create(connection);
            jdbc.sql("analyze domain_event_entry").update();
            // a handful of rows: without this the planner rightly prefers a sequential scan
            jdbc.sql("set enable_seqscan = off").update();
            Map<String, String> plans = new LinkedHashMap<>();
            plans.put("actor", plan(jdbc, new AuditLog.Query(TestUsers.COMMANDER, null, null, null)));
            plans.put("time", plan(jdbc, new AuditLog.Query(null, null, Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2027-01-01T00:00:00Z"))));
            plans.put("record", plan(jdbc, new AuditLog.Query(null, UUID.randomUUID().toString(), null, null)));
            System.out.println("audit query plans: " + plans);
            assertThat(plans.get("actor")).containsPattern("(Index|Bitmap Index) Scan.*domain_event_entry_actor");
            assertThat(plans.get("time")).containsPattern("(Index|Bitmap Index) Scan.*domain_event_entry_time");
            assertThat(plans.get("record")).containsPattern("(Index|Bitmap Index) Scan.*domain_event_entry_aggregate_identifier");
            assertThat(String.join("\n", plans.values())).doesNotContain("Seq Scan");
        }
    }

    private static String plan(JdbcClient jdbc, AuditLog.Query query) {
        Map<String, Object> params = new HashMap<>();
        params.put("actor", query.actor());
        params.put("recordId", query.recordId());
        params.put("from", query.from() == null ? null : Timestamp.from(query.from()));
        params.put("to", query.to() == null ? null : Timestamp.from(query.to()));
        params.put("size", 50);
        params.put("offset", 0L);
        String sql = "explain " + AuditLog.findSql(query);
        params.keySet().removeIf(name -> !sql.contains(":" + name));
        return String.join("\n", jdbc.sql(sql).params(params).query(String.class).list());
    }

    /** The records of one incident on the incident topic, in order, once there are {@code count} of them. */
    private static List<ConsumerRecord<String, byte[]>> recordsOf(String incidentId, int count) {
        String topic = platform.context(VigilService.INCIDENT).getBean(VigilProperties.class).kafka().topic(Topics.INCIDENT);
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "ops-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (incidentId.equals(record.key())) {
                        found.add(record);
                    }
                });
                return found.size() >= count;
            });
        }
        return found;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static List<JsonNode> jsonLines(String output) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.startsWith("{") && line.endsWith("}")) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (RuntimeException notJson) {
                    // a line of something else
                }
            }
        }
        return lines;
    }

    /** Metric names in the dashboard's PromQL and in a Prometheus scrape. */
    static final class DashboardQueries {

        private static final Set<String> PROMQL_WORDS = Set.of("sum", "rate", "irate", "increase", "max", "min", "avg",
                "count", "by", "without", "on", "ignoring", "group_left", "group_right", "histogram_quantile",
                "clamp_min", "clamp_max", "topk", "bottomk", "abs", "delta", "deriv", "time", "vector", "and", "or",
                "unless", "offset", "bool", "max_over_time", "avg_over_time", "label_replace", "s", "m", "h", "d",
                "Inf", "NaN", "e", "ms");
        private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

        static Set<String> metricNames(Path dashboard) throws IOException {
            JsonNode root = JSON.readTree(Files.readString(dashboard));
            Set<String> names = new TreeSet<>();
            for (JsonNode expr : root.findValues("expr")) {
                String promql = expr.asString()
                        .replaceAll("\\{[^}]*}", " ")           // label matchers
                        .replaceAll("\\[[^]]*]", " ")           // range selectors
                        .replaceAll("(by|without|on|ignoring)\\s*\\([^)]*\\)", " ") // grouping labels
                        .replaceAll("\"[^\"]*\"", " ")          // strings
                        .replaceAll("\\$\\w+", " ");            // dashboard variables
                Matcher m = IDENTIFIER.matcher(promql);
                while (m.find()) {
                    String word = m.group();
                    if (!PROMQL_WORDS.contains(word) && !word.matches("\\d.*")) {
                        names.add(word);
                    }
                }
            }
            return names;
        }

        static Set<String> samples(String scrape) {
            Set<String> names = new TreeSet<>();
            for (String line : scrape.split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    Matcher m = IDENTIFIER.matcher(line);
                    if (m.lookingAt()) {
                        names.add(m.group());
                    }
                }
            }
            return names;
        }
    }
}
