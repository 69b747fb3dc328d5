package dev.vigil.review.reports;

import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.events.Topics;
import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.MutableClock;
import dev.vigil.platform.test.TestEvents;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import dev.vigil.review.ReviewServiceApplication;
import dev.vigil.review.reports.facts.ReportFact;
import dev.vigil.review.reports.facts.ReportFacts;
import dev.vigil.review.reports.facts.ReportFactsBackfill;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seeded history sent on the four topics (each fact with its own time), read by the report-facts consumer on a
 * real PostgreSQL and Kafka, and asked for through REST: the October figures as computed by hand, every format, the
 * same bytes for the same asOf, a rebuild from the topics giving the same report, and a scheduled monthly pack
 * stored with its SHA-256, published as ReportPublished and downloaded as stored.
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ReviewServiceApplication.CONFIG, "vigil.scheduling.polling-interval=1h"})
@Import(CommitteeReportApiTest.Time.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommitteeReportApiTest {

    static final Instant START = Instant.parse("2026-11-15T00:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TestEvents EVENTS = new TestEvents();
    static final String OCTOBER = "/api/reports/committee?from=2026-10-01&to=2026-11-01&asOf=2026-11-15T00:00:00Z";
    /**
     * November as of a far instant: review-service's own events carry the time Axon stamps them with (the machine's,
     * not the test clock's), so only an asOf beyond any real now is sure to include them.
     */
    static final String NOVEMBER = "/api/reports/committee?from=2026-11-01&to=2026-12-01&asOf=2099-12-31T00:00:00Z";

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VigilProperties properties;
    @Autowired
    KafkaProperties kafka;
    @Autowired
    PersistentScheduler scheduler;
    @Autowired
    ReportFactsBackfill backfill;

    static boolean sent;
    static int published;

    @AfterAll
    static void close() {
        EVENTS.close();
    }

    /** The published facts of the seeded history, each on its topic with its own time (contributing factors are not published). */
    void sendHistory() {
        if (sent) {
            return;
        }
        for (ReportFact fact : SeededHistory.facts()) {
            if (!(fact.event() instanceof VigilEvent event)) {
                continue;
            }
            PublishedLanguage language = ReportFacts.LANGUAGES.stream()
                    .filter(l -> l.typeOf(event.getClass()).isPresent()).findFirst().orElseThrow();
            ProducerRecord<String, byte[]> record = TestEvents.record(properties.kafka().topic(language.topic()),
                    fact.eventId(), language.typeOf(event.getClass()).orElseThrow().ceType(), event.subject(),
                    TestEvents.json(event), TestUsers.COMMANDER);
            record.headers().remove(CloudEventHeaders.TIME);
            record.headers().add(CloudEventHeaders.TIME, fact.recordedAt().toString().getBytes(StandardCharsets.UTF_8));
            EVENTS.send(record);
            published++;
        }
        // one fact delivered twice: recorded once
        ReportFact first = SeededHistory.facts().stream()
                .filter(f -> f.event() instanceof dev.vigil.contracts.incident.IncidentDeclared).findFirst().orElseThrow();
        var event = (VigilEvent) first.event();
        EVENTS.send(TestEvents.record(properties.kafka().topic(Topics.INCIDENT), first.eventId(),
                "vigil.incident.IncidentDeclared.v1", event.subject(), TestEvents.json(event), TestUsers.COMMANDER));
        // a record no reader can read (a declaration without its fields): set aside live, and skipped by a rebuild
        EVENTS.send(TestEvents.record(properties.kafka().topic(Topics.INCIDENT), "unreadable-1",
                "vigil.incident.IncidentDeclared.v1", event.subject(),
                "{\"key\":\"INC-2026-0999\"}".getBytes(StandardCharsets.UTF_8), TestUsers.COMMANDER));
        sent = true;
        // review-service reacts to the resolutions too (it opens their reviews, on its own topic, at its clock's time)
        await().atMost(Duration.ofSeconds(60)).until(this::facts, n -> n >= published + 4);
    }

    long facts() {
        return jdbc.sql("select count(*) from report_fact").query(Long.class).single();
    }

    HttpResponse<byte[]> download(String user, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(1)
    void the_committee_reads_the_october_figures_from_the_topics() {
        sendHistory();
        var response = ApiClient.as(TestUsers.COMMITTEE, port).get(OCTOBER);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("asOf").asString()).isEqualTo("2026-11-15T00:00:00Z");
        JsonNode incidents = report.get("tables").get(0);
        assertThat(incidents.get("id").asString()).isEqualTo("incidents");
        assertThat(incidents.get("rows").get(0).get("current").asInt()).isEqualTo(3);
        assertThat(incidents.get("rows").get(0).get("previous").asInt()).isEqualTo(1);
        assertThat(incidents.get("rows").get(0).get("records").toString())
                .contains("INC-2026-0001", "INC-2026-0002", "RST-2026-0001");
        assertThat(jdbc.sql("select count(*) from report_fact where type like 'vigil.review.ReviewOpened%'")
                .query(Long.class).single()).isEqualTo(3 + 4);
        // an auditor reads too; a responder may not
        assertThat(ApiClient.as(TestUsers.AUDITOR, port).get(OCTOBER).status()).isEqualTo(200);
        assertThat(ApiClient.as(TestUsers.RESPONDER, port).get(OCTOBER).status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void the_same_period_filters_and_as_of_give_the_same_bytes_in_every_format() throws Exception {
        sendHistory();
        for (String format : List.of("json", "csv", "html", "pdf")) {
            var first = download(TestUsers.COMMITTEE, OCTOBER + "&format=" + format);
            clock.set(START.plus(Duration.ofDays(3)));
            var second = download(TestUsers.COMPLIANCE, OCTOBER + "&format=" + format);
            clock.set(START);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.body()).as(format).isEqualTo(first.body());
            assertThat(first.headers().firstValue("X-Generated-At")).isNotEqualTo(second.headers().firstValue("X-Generated-At"));
        }
        var pdf = download(TestUsers.COMMITTEE, OCTOBER + "&format=pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Safety committee report", "total 3 1", "repeats 1 0", "SEV2 resolve median 204.0");
        }
        var csv = ReportDocumentsTest.unzip(download(TestUsers.COMMITTEE, OCTOBER + "&format=csv").body());
        assertThat(csv.get("exceptions.csv").lines()).contains("active,2,2,EXC-2026-0001 EXC-2026-0003,EXC-2026-0001 EXC-2026-0002,0");
        assertThat(csv.get("exception-risk-map.csv").lines()).contains("4,3,1,1,EXC-2026-0001,EXC-2026-0001,0",
                "not rated,not rated,1,0,EXC-2026-0003,,0");
    }

    @Test
    @Order(3)
    void a_request_that_cannot_be_a_report_is_refused_with_400_and_one_as_of_the_future_with_422() {
        var api = ApiClient.as(TestUsers.COMMITTEE, port);
        assertThat(api.get("/api/reports/committee?to=2026-11-01").status()).isEqualTo(400);
        assertThat(api.get("/api/reports/committee?from=2026-11-01&to=2026-10-01").status()).isEqualTo(400);
        assertThat(api.get("/api/reports/committee?from=2026-10-01&to=2026-11-01&format=docx").status()).isEqualTo(400);
        assertThat(api.get("/api/reports/committee?from=2026-10-01&to=2026-11-01&type=team").status()).isEqualTo(400);
        // well-formed, but as of an instant not yet reached: it could not be asked again
        var future = api.get("/api/reports/committee?from=2026-10-01&to=2026-11-01&asOf=2026-11-15T00:00:01Z");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.body()).contains("\"asOf\"", "not-in-future");
        assertThat(api.get("/api/reports/committee?from=2026-10-01&to=2026-11-01&asOf=2026-11-15T00:00:00Z").status())
                .isEqualTo(200);
        var bad = api.get("/api/reports/committee?from=yesterday&to=2026-11-01&severity=SEV9");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("from", "severity");
    }

    @Test
    @Order(4)
    void rebuilt_from_scratch_the_facts_give_the_same_reports_as_those_seen_live() throws Exception {
        sendHistory();
        // a contributing factor on one of review-service's own reviews: recorded in its event store, never published
        var writer = ApiClient.as("rosa", port);
        await().atMost(Duration.ofSeconds(30)).until(() -> writer.get("/api/reviews?incident=INC-2026-0001").json()
                .size() > 0);
        String reviewId = writer.get("/api/reviews?incident=INC-2026-0001").json().get(0).get("id").asString();
        var added = writer.post("/api/reviews/" + reviewId + "/factors", Map.of("category", "MONITORING_GAP",
                "layer", "MONITORING_DETECTION", "controlId", "CTL-9", "description", "No alert on drift"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        clock.set(Instant.parse("2100-01-01T00:00:00Z"));
        try {
            wipedAndRebuilt();
        } finally {
            clock.set(START);
        }
    }

    void wipedAndRebuilt() throws Exception {
        JsonNode layers = null;
        for (JsonNode table : ApiClient.as(TestUsers.COMMITTEE, port).get(NOVEMBER).json().get("tables")) {
            if (table.get("id").asString().equals("factors-by-layer")) {
                layers = table;
            }
        }
        assertThat(layers.toString()).contains("\"keys\":[\"MONITORING_DETECTION\"],\"current\":1");
        byte[] october = download(TestUsers.COMMITTEE, OCTOBER + "&format=pdf").body();
        byte[] november = download(TestUsers.COMMITTEE, NOVEMBER + "&format=pdf").body();
        long factsBefore = facts();

        // as a projection made after the factor was recorded finds it: missing, until the back-fill copies it in
        jdbc.sql("delete from report_fact where type like 'review-service.%'").update();
        assertThat(download(TestUsers.COMMITTEE, NOVEMBER + "&format=pdf").body()).isNotEqualTo(november);
        assertThat(backfill.copyOwnFacts()).isEqualTo(1);
        assertThat(backfill.copyOwnFacts()).isZero();
        assertThat(download(TestUsers.COMMITTEE, NOVEMBER + "&format=pdf").body()).isEqualTo(november);

        // wiped, then rebuilt from the topics and the event store: the very same reports
        jdbc.sql("delete from report_fact").update();
        assertThat(download(TestUsers.COMMITTEE, OCTOBER + "&format=pdf").body()).isNotEqualTo(october);
        var rebuilt = ApiClient.as(TestUsers.ADMIN, port).post("/api/reports/committee/facts/rebuild", null);
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(facts()).isEqualTo(factsBefore);
        assertThat(download(TestUsers.COMMITTEE, OCTOBER + "&format=pdf").body()).isEqualTo(october);
        assertThat(download(TestUsers.COMMITTEE, NOVEMBER + "&format=pdf").body()).isEqualTo(november);
    }

    @Test
    @Order(5)
    void a_monthly_schedule_stores_each_pack_with_its_sha256_publishes_it_and_serves_it_as_stored() throws Exception {
        sendHistory();
        clock.set(Instant.parse("2026-11-01T12:00:00Z"));
        var put = ApiClient.as(TestUsers.COMMITTEE, port).send("PUT", "/api/reports/committee/schedule",
                Map.of("cadence", "MONTHLY", "format", "pdf", "graceHours", 24));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().get("nextPeriodFrom").asString()).isEqualTo("2026-10-01T00:00:00Z");
        assertThat(put.json().get("nextRunAt").asString()).isEqualTo("2026-11-02T00:00:00Z");
        assertThat(put.json().get("changedBy").asString()).isEqualTo(TestUsers.COMMITTEE);
        assertThat(ApiClient.as(TestUsers.AUDITOR, port).send("PUT", "/api/reports/committee/schedule",
                Map.of("cadence", "MONTHLY")).status()).isEqualTo(403);
        assertThat(ApiClient.as(TestUsers.COMMITTEE, port).send("PUT", "/api/reports/committee/schedule",
                Map.of("cadence", "WEEKLY")).status()).isEqualTo(400);

        clock.set(Instant.parse("2026-11-02T00:00:01Z"));
        scheduler.checkNow();
        await().atMost(Duration.ofSeconds(30)).until(() -> ApiClient.as(TestUsers.COMMITTEE, port)
                .get("/api/reports/committee/packs").json().size() == 1);
        JsonNode pack = ApiClient.as(TestUsers.COMMITTEE, port).get("/api/reports/committee/packs").json().get(0);
        assertThat(pack.get("periodFrom").asString()).isEqualTo("2026-10-01T00:00:00Z");
        assertThat(pack.get("asOf").asString()).isEqualTo("2026-11-02T00:00:00Z");
        var stored = download(TestUsers.AUDITOR, "/api/reports/committee/packs/" + pack.get("id").asString());
        assertThat(stored.statusCode()).isEqualTo(200);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored.body()));
        assertThat(pack.get("sha256").asString()).isEqualTo(sha);
        assertThat(stored.headers().firstValue("X-Content-SHA256")).hasValue(sha);
        // regenerated as of the pack's instant: the very same bytes
        var again = download(TestUsers.COMMITTEE,
                "/api/reports/committee?from=2026-10-01&to=2026-11-01&asOf=2026-11-02T00:00:00Z&format=pdf");
        assertThat(again.body()).isEqualTo(stored.body());
        // the next month is scheduled; running the same execution again makes no second pack
        assertThat(ApiClient.as(TestUsers.COMMITTEE, port).get("/api/reports/committee/schedule").json()
                .get("nextPeriodFrom").asString()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'committee-report-pack'")
                .query(Long.class).single()).isEqualTo(1);

        try (var consumer = consumer()) {
            consumer.subscribe(List.of(properties.kafka().topic(Topics.REVIEW)));
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen).anyMatch(r -> pack.get("id").asString().equals(r.key()));
            });
            var record = seen.stream().filter(r -> pack.get("id").asString().equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                    .isEqualTo("vigil.review.ReportPublished.v1");
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"sha256\":\"" + sha + "\"");
        }
        assertThat(download(TestUsers.COMMITTEE, "/api/reports/committee/packs/00000000-0000-4000-8000-000000000000")
                .statusCode()).isEqualTo(404);
        assertThat(pack.get("lateFacts").asLong()).isZero();
        assertThat(stored.headers().firstValue("X-Report-Facts")).hasValue(pack.get("factsKnown").asString());
        assertThat(again.headers().firstValue("X-Report-Facts")).hasValue(pack.get("factsKnown").asString());

        // a fact stamped before the pack's asOf but delivered after it was made: the stored pack stays as made, says
        // that one fact came late, and a report asked again for its asOf is no longer the same
        var late = new dev.vigil.contracts.review.ActionItemStatusChanged(SeededHistory.I2, SeededHistory.R2,
                SeededHistory.B, "Item", dev.vigil.contracts.review.ActionItemStatus.OPEN,
                dev.vigil.contracts.review.ActionItemStatus.DONE, false, "r", "owner", Instant.parse("2026-10-31T00:00:00Z"));
        var record = TestEvents.record(properties.kafka().topic(Topics.REVIEW), "late-fact-1",
                "vigil.review.ActionItemStatusChanged.v1", late.subject(), TestEvents.json(late), TestUsers.COMMANDER);
        record.headers().remove(CloudEventHeaders.TIME);
        record.headers().add(CloudEventHeaders.TIME, "2026-10-31T00:00:00Z".getBytes(StandardCharsets.UTF_8));
        EVENTS.send(record);
        await().atMost(Duration.ofSeconds(30)).until(() -> ApiClient.as(TestUsers.COMMITTEE, port)
                .get("/api/reports/committee/packs").json().get(0).get("lateFacts").asLong() == 1);
        var storedAfter = download(TestUsers.AUDITOR, "/api/reports/committee/packs/" + pack.get("id").asString());
        assertThat(storedAfter.body()).isEqualTo(stored.body());
        assertThat(storedAfter.headers().firstValue("X-Report-Late-Facts")).hasValue("1");
        var regenerated = download(TestUsers.COMMITTEE,
                "/api/reports/committee?from=2026-10-01&to=2026-11-01&asOf=2026-11-02T00:00:00Z&format=pdf");
        assertThat(regenerated.body()).isNotEqualTo(stored.body());
        assertThat(regenerated.headers().firstValue("X-Report-Facts"))
                .hasValue(String.valueOf(pack.get("factsKnown").asLong() + 1));
    }

    @Test
    @Order(6)
    void the_report_routes_are_in_the_openapi_document_with_their_formats() {
        JsonNode paths = ApiClient.as(TestUsers.AUDITOR, port).get("/v3/api-docs").json().get("paths");
        for (String path : List.of("/api/reports/committee", "/api/reports/committee/schedule",
                "/api/reports/committee/packs", "/api/reports/committee/packs/{id}",
                "/api/reports/committee/facts/rebuild")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        JsonNode content = paths.get("/api/reports/committee").get("get").get("responses").get("200").get("content");
        assertThat(content.has("application/pdf") && content.has("application/zip") && content.has("application/json"))
                .isTrue();
        assertThat(paths.get("/api/reports/committee/schedule").has("put")).isTrue();
    }

    KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "report-test-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }
}
