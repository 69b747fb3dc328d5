package dev.vigil.review;

import com.github.kagkarlsson.scheduler.task.Task;
import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.Topics;
import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.contracts.incident.Audience;
import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.DecisionLogged;
import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HarmClass;
import dev.vigil.contracts.incident.HarmRealisation;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.ImpactAssessed;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.contracts.incident.IncidentCommanderAssigned;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.KillSwitchScope;
import dev.vigil.contracts.incident.ParticipantJoined;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.incident.StatusUpdatePosted;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.MutableClock;
import dev.vigil.platform.test.TestEvents;
import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reviewer's and the committee's whole story through REST on a real PostgreSQL and Kafka: an incident
 * declared and resolved on the topic (the resolution delivered twice and replayed) opens one review with the
 * incident's facts; a blaming sentence is flagged and fixed; factors, two action items, submit, approve, publish,
 * and the published review on the review topic; an item done with evidence and verified; reminders fired once by
 * two scheduler instances; separation of duties; need-to-know on the routes.
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ReviewServiceApplication.CONFIG, "vigil.scheduling.polling-interval=1h"})
@Import(ReviewApiTest.Time.class)
class ReviewApiTest {

    static final Instant START = Instant.parse("2026-11-22T09:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Person CARL = new Person("carl", "Carl Commander");

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    static final TestEvents EVENTS = new TestEvents();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    PersistentScheduler scheduler;
    @Autowired
    List<Task<?>> tasks;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VigilProperties properties;
    @Autowired
    dev.vigil.review.reviews.ReviewViews reviewViews;

    @BeforeEach
    void startOfTheDay() {
        clock.set(START);
    }

    @AfterAll
    static void close() {
        EVENTS.close();
    }

    ApiClient as(String user) {
        return ApiClient.as(user, port);
    }

    String incidentTopic() {
        return properties.kafka().topic(Topics.INCIDENT);
    }

    String publish(VigilEvent event) {
        return EVENTS.publish(incidentTopic(), IncidentEventTypes.LANGUAGE, event, TestUsers.COMMANDER);
    }

    static IncidentDeclared declared(String key, boolean restricted) {
        return new IncidentDeclared(UUID.randomUUID(), key, "Support bot gave medication dosage advice to a minor",
                "A user who said they were 15 got dosage advice for an adult medication.", "support-bot", "2026-10-01",
                Severity.SEV2, HazardCategory.HIGH_STAKES_HALLUCINATION, DetectionSource.USER_REPORT,
                Instant.parse("2026-11-20T07:00:00Z"), Instant.parse("2026-11-20T08:00:00Z"),
                Instant.parse("2026-11-20T08:30:00Z"), List.of("EU"), restricted, Instant.parse("2026-11-20T08:40:00Z"));
    }

    long recorded(String event, String aggregateId) {
        return jdbc.sql("select count(*) from domain_event_entry where payload_type like :type and aggregate_identifier = :id")
                .param("type", "%.events." + event).param("id", aggregateId).query(Long.class).single();
    }

    @Test
    void a_resolved_incident_gets_one_review_with_its_facts_which_is_written_blamelessly_approved_and_published() throws Exception {
        IncidentDeclared incident = declared("INC-2026-0201", false);
        UUID id = incident.incidentId();
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        publish(incident);
        publish(new IncidentCommanderAssigned(id, CARL, null, t));
        publish(new SeverityChanged(id, Severity.SEV2, Severity.SEV1, "A minor was harmed", t.plusSeconds(60)));
        publish(new DecisionLogged(id, UUID.randomUUID(), DecisionKind.KILL_SWITCH, "Disable medication dosage answers",
                "Stops further harm while we investigate", List.of("Prompt patch"), CARL, KillSwitchScope.FEATURE,
                "dosage-answers", null, true, t.plusSeconds(120)));
        publish(new StatusUpdatePosted(id, UUID.randomUUID(), Audience.EXTERNAL, "We paused a feature of our support bot.",
                t.plusSeconds(180)));
        publish(new ImpactAssessed(id, 1, new ImpactAssessment(HarmRealisation.INCIDENT, List.of(HarmClass.HEALTH), 3L,
                true, false, false, 0, false, "health", "Acme AI", "Acme Support"), "First count", t.plusSeconds(240)));
        publish(new IncidentStatusChanged(id, IncidentStatus.INVESTIGATING, IncidentStatus.CONTAINED, null,
                t.plusSeconds(300)));
        // the resolution, delivered twice with the same event id, then replayed with a new one
        IncidentStatusChanged resolved = new IncidentStatusChanged(id, IncidentStatus.CONTAINED, IncidentStatus.RESOLVED,
                "Fix deployed", t.plusSeconds(3600));
        String type = IncidentEventTypes.LANGUAGE.typeOf(IncidentStatusChanged.class).orElseThrow().ceType();
        var record = TestEvents.record(incidentTopic(), UUID.randomUUID().toString(), type, resolved.subject(),
                TestEvents.json(resolved), TestUsers.COMMANDER);
        EVENTS.send(record);
        EVENTS.send(record);
        publish(resolved);
        publish(new ParticipantJoined(id, new Person("zed", "Zed Marker"), t.plusSeconds(3700)));

        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from incident_facts where id = :id "
                + "and document::text like '%Zed Marker%'").param("id", id.toString()).query(Long.class).single() == 1);
        await().atMost(WAIT).until(() -> as("rosa").get("/api/reviews/INC-2026-0201").status() == 200);
        var drafted = as("rosa").get("/api/reviews/INC-2026-0201");
        JsonNode review = drafted.json();
        String reviewId = review.get("id").asString();
        assertThat(recorded("ReviewOpened", reviewId)).isEqualTo(1);
        assertThat(recorded("IncidentResolutionNoted", reviewId)).isEqualTo(1);
        assertThat(review.get("status").asString()).isEqualTo("DRAFT");
        assertThat(review.get("automatic").asBoolean()).isTrue();
        assertThat(review.get("severity").asString()).isEqualTo("SEV1");
        JsonNode sections = review.get("sections");
        assertThat(sections.get("summary").get("text").asString()).contains("Support bot gave medication dosage advice",
                "support-bot", "2026-10-01", "HIGH_STAKES_HALLUCINATION", "Highest severity SEV1");
        assertThat(sections.get("impact").get("text").asString()).contains("HEALTH", "People affected: 3",
                "Minors were affected");
        assertThat(sections.get("timeline").get("text").asString()).contains("Detected (USER_REPORT)",
                "Severity SEV2 → SEV1: A minor was harmed", "Kill switch (dosage-answers)", "Contained.",
                "Resolved: Fix deployed.");
        assertThat(sections.get("response-and-recovery").get("text").asString()).contains("Containment steps:",
                "Disable medication dosage answers", "We paused a feature of our support bot.");
        assertThat(sections.get("summary").get("prefilled").asBoolean()).isTrue();
        assertThat(as("rosa").get("/api/reviews/" + reviewId).json().get("incidentKey").asString()).isEqualTo("INC-2026-0201");

        // reopened and resolved again: noted on the same review
        publish(new IncidentStatusChanged(id, IncidentStatus.RESOLVED, IncidentStatus.INVESTIGATING, "Another report",
                t.plusSeconds(7200)));
        publish(new IncidentStatusChanged(id, IncidentStatus.INVESTIGATING, IncidentStatus.RESOLVED, "Second fix",
                t.plusSeconds(9000)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(as("rosa").get("/api/reviews/" + reviewId).json()
                .get("resolutions")).hasSize(2));
        assertThat(recorded("ReviewOpened", reviewId)).isEqualTo(1);
        String etag = as("rosa").get("/api/reviews/" + reviewId).etag().orElseThrow();
        Instant beforeLessons = Instant.now();

        // a blaming sentence is flagged on save, blocks submission, and is fixed
        var saved = put("rosa", "/api/reviews/" + reviewId + "/sections/lessons",
                Map.of("text", "Carl failed to check the output before the release. We need evaluations for minors."), etag);
        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode findings = JSON.readTree(saved.body()).get("findings");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.get("section").asString()).isEqualTo("lessons");
            assertThat(f.get("sentence").asString()).isEqualTo("Carl failed to check the output before the release.");
            assertThat(f.get("acknowledged").asBoolean()).isFalse();
            assertThat(f.get("suggestion").asString()).isNotBlank();
        });
        assertThat(put("rosa", "/api/reviews/" + reviewId + "/sections/detection", Map.of("text", "x"), etag)
                .statusCode()).isEqualTo(412);
        String current = saved.headers().firstValue("ETag").orElseThrow();
        assertThat(put("rosa", "/api/reviews/" + reviewId + "/sections/detection",
                Map.of("text", "A user report reached support an hour after the first answer."), current).statusCode())
                .isEqualTo(200);
        var factor = as("rosa").post("/api/reviews/" + reviewId + "/factors", Map.of("category", "EVALUATION_GAP",
                "layer", "PRE_DEPLOYMENT_EVALUATION", "controlId", "CTL-RT-01",
                "description", "No pre-release evaluation covered users who say they are minors"));
        assertThat(factor.status()).as(factor.toString()).isEqualTo(200);
        var refused = as("rosa").post("/api/reviews/" + reviewId + "/submit", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("findings", "unacknowledged", "actionItems");
        assertThat(put("rosa", "/api/reviews/" + reviewId + "/sections/lessons",
                Map.of("text", "The output was not checked before the release. We need evaluations for minors."), null)
                .body()).contains("\"findings\":[]");
        var comment = as("cora").post("/api/reviews/" + reviewId + "/comments", Map.of("section", "impact",
                "text", "Were the three users all minors?"));
        assertThat(comment.json().get("comments")).hasSize(1);

        // two action items: the first due by severity (SEV1: 15 days), the second on a date of its own
        var first = as("rosa").post("/api/reviews/" + reviewId + "/action-items", Map.of("title",
                "Evaluate answers to users who say they are minors", "ownerSubject", "rita", "ownerName", "Rita Responder",
                "team", "Safety evals", "type", "PREVENT", "priority", "HIGH"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("dueDate").asString()).isEqualTo("2026-12-07");
        assertThat(first.json().get("dueDateDefaulted").asBoolean()).isTrue();
        String itemId = first.json().get("id").asString();
        var second = as("rosa").post("/api/reviews/" + reviewId + "/action-items", Map.of("title",
                "Alert on dosage answers", "description", "Page on-call when a dosage answer goes out", "ownerSubject",
                "omar", "team", "Monitoring", "type", "DETECT", "priority", "MEDIUM", "dueDate", "2026-12-20"));
        assertThat(second.status()).isEqualTo(201);

        var submitted = as("rosa").post("/api/reviews/" + reviewId + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(submitted.json().get("actionItems")).hasSize(2);
        var illegal = as("rosa").post("/api/reviews/" + reviewId + "/publish", Map.of());
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().get("allowed").toString()).contains("DRAFT", "APPROVED");
        assertThat(as("rosa").post("/api/reviews/" + reviewId + "/approve", Map.of()).status()).isEqualTo(403);
        var approved = as("cora").post("/api/reviews/" + reviewId + "/approve", Map.of("note", "Clear and blameless"));
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("approvedBy").get("subject").asString()).isEqualTo("cora");
        var published = as("rosa").post("/api/reviews/" + reviewId + "/publish", Map.of());
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");

        // the published review is on the review topic, for the incident to close
        List<ConsumerRecord<String, byte[]>> onTopic = readReviewTopic(r -> header(r, CloudEventHeaders.TYPE)
                .equals("vigil.review.PostIncidentReviewPublished.v1"));
        ConsumerRecord<String, byte[]> publication = onTopic.stream().filter(r -> header(r, CloudEventHeaders.TYPE)
                .equals("vigil.review.PostIncidentReviewPublished.v1")).findFirst().orElseThrow();
        JsonNode payload = JSON.readTree(publication.value());
        assertThat(payload.get("reviewId").asString()).isEqualTo(reviewId);
        assertThat(payload.get("incidentId").asString()).isEqualTo(id.toString());
        assertThat(header(publication, CloudEventHeaders.ACTOR)).isEqualTo("rosa");
        assertThat(onTopic.stream().map(r -> header(r, CloudEventHeaders.TYPE))).contains(
                "vigil.review.ReviewOpened.v1", "vigil.review.ReviewStatusChanged.v1",
                "vigil.review.ActionItemRecorded.v1");
        assertThat(onTopic.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .filter(json -> json.contains(reviewId))).hasSizeGreaterThanOrEqualTo(6)
                .allMatch(json -> json.contains("\"incidentId\":\"" + id + "\""));

        // the review as it stood before the lessons were written, and as a document now
        JsonNode before = as("aldo").get("/api/reviews/" + reviewId + "?asOf=" + beforeLessons).json();
        assertThat(before.get("status").asString()).isEqualTo("DRAFT");
        assertThat(before.get("sections").has("lessons")).isFalse();
        var md = as("aldo").get("/api/reviews/INC-2026-0201/export?format=md");
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.body()).startsWith("# Post-incident review: Support bot gave medication dosage advice to a minor")
                .contains("## Lessons\n\nThe output was not checked", "EVALUATION_GAP", "Alert on dosage answers",
                        "| PUBLISHED |");
        assertThat(as("aldo").get("/api/reviews/" + reviewId + "/export?format=docx").status()).isEqualTo(400);
        var html = as("aldo").get("/api/reviews/INC-2026-0201/export?format=html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("<h2>Timeline</h2>", "<h2>Contributing factors</h2>", "<td>EVALUATION_GAP</td>",
                "Alert on dosage answers", "<td>PUBLISHED</td>");
        HttpResponse<byte[]> pdf = bytes("aldo", "/api/reviews/INC-2026-0201/export?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/pdf"));
        try (var read = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(read)).contains(
                    "Support bot gave medication dosage advice to a minor", "Timeline", "Declared INC-2026-0201",
                    "EVALUATION_GAP", "Alert on dosage answers", "The output was not checked");
        }

        // the owner does the work with evidence; the committee verifies it
        String item = "/api/action-items/" + itemId;
        assertThat(as("carl").post(item + "/status", Map.of("status", "IN_PROGRESS")).status()).isEqualTo(403);
        assertThat(as("rita").post(item + "/status", Map.of("status", "IN_PROGRESS")).json().get("status").asString())
                .isEqualTo("IN_PROGRESS");
        var noEvidence = as("rita").post(item + "/status", Map.of("status", "DONE"));
        assertThat(noEvidence.status()).isEqualTo(422);
        assertThat(noEvidence.body()).contains("evidence");
        assertThat(as("rita").post(item + "/evidence", Map.of("text", "Minor-persona eval suite runs before every release",
                "links", List.of("https://git.example.org/evals/pull/42"))).status()).isEqualTo(200);
        assertThat(as("rita").post(item + "/status", Map.of("status", "DONE")).json().get("status").asString())
                .isEqualTo("DONE");
        assertThat(as("rita").post(item + "/verification", Map.of("outcome", "VERIFIED")).status()).isEqualTo(403);
        JsonNode verified = as("cora").post(item + "/verification", Map.of("outcome", "VERIFIED",
                "reason", "Eval ran on 4.3.0")).json();
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("verifiedBy").get("subject").asString()).isEqualTo("cora");
        assertThat(as("aldo").get("/api/action-items?incident=INC-2026-0201&status=VERIFIED").json()).hasSize(1);
        assertThat(as("aldo").get("/api/action-items?owner=omar&team=Monitoring").json()).hasSize(1);
        assertThat(as("aldo").get("/api/reviews?status=PUBLISHED").json().toString()).contains(reviewId);
    }

    @Test
    void reminders_fire_once_with_two_scheduler_instances_and_a_moved_due_date_leaves_the_old_ones_idle() {
        var opened = as("rosa").post("/api/reviews", Map.of("title", "Near miss: red team found a jailbreak",
                "systemId", "support-bot", "severity", "SEV2"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String reviewId = opened.json().get("id").asString();
        assertThat(opened.json().get("incidentId").isNull()).isTrue();
        var created = as("rosa").post("/api/reviews/" + reviewId + "/action-items", Map.of("title", "Patch the filter",
                "ownerSubject", "omar", "team", "Guardrails", "type", "MITIGATE", "priority", "HIGHEST"));
        assertThat(created.json().get("dueDate").asString()).isEqualTo("2026-12-22"); // SEV2: 30 days
        String itemId = created.json().get("id").asString();
        String item = "/api/action-items/" + itemId;
        Instant dueAt = Instant.parse("2026-12-23T00:00:00Z");

        PersistentScheduler second = new PersistentScheduler(dataSource, tasks, clock, Duration.ofHours(1));
        second.start();
        try {
            clock.set(dueAt.minus(Duration.ofDays(7)).plusSeconds(1));
            scheduler.checkNow();
            second.checkNow();
            await().atMost(WAIT).untilAsserted(() -> assertThat(as("cora").get(item).json().get("remindersSent")
                    .toString()).contains("due-soon 7"));
            clock.set(dueAt.plusSeconds(1));
            scheduler.checkNow();
            second.checkNow();
            await().atMost(WAIT).untilAsserted(() -> assertThat(as("cora").get(item).json().get("remindersSent")
                    .toString()).contains("due-soon 1", "overdue 0"));
            assertThat(as("cora").get("/api/action-items?overdue=true").json().toString()).contains("Patch the filter");

            // a week later, the next overdue reminder
            clock.set(dueAt.plus(Duration.ofDays(7)).plusSeconds(1));
            scheduler.checkNow();
            second.checkNow();
            await().atMost(WAIT).untilAsserted(() -> assertThat(as("cora").get(item).json().get("remindersSent")
                    .toString()).contains("overdue 1"));
            // moved to a later date: the old date's next reminder finds nothing to do
            var moved = as("rosa").post(item + "/due-date", Map.of("dueDate", "2027-01-31", "reason", "Vendor patch late"));
            assertThat(moved.json().get("slips").asInt()).isEqualTo(1);
            clock.set(dueAt.plus(Duration.ofDays(14)).plusSeconds(1));
            scheduler.checkNow();
            second.checkNow();
            await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.sql("select concat_ws(' ', task_name, task_instance, "
                    + "execution_time, picked, picked_by, consecutive_failures, last_failure) from scheduled_tasks "
                    + "where task_instance like :prefix").param("prefix", itemId + "@" + dueAt + "@%")
                    .query(String.class).list()).isEmpty());
        } finally {
            second.stop();
        }
        assertThat(recorded("ActionItemDueSoonReminded", itemId)).isEqualTo(2);
        assertThat(recorded("ActionItemOverdueReminded", itemId)).isEqualTo(2);
        assertThat(as("cora").get(item).json().get("overdue").asBoolean()).isFalse();
        List<ConsumerRecord<String, byte[]>> onTopic = readReviewTopic(r -> itemId.equals(r.key())
                && header(r, CloudEventHeaders.TYPE).equals("vigil.review.ActionItemDueDateChanged.v1"));
        assertThat(onTopic.stream().filter(r -> itemId.equals(r.key()))
                .filter(r -> header(r, CloudEventHeaders.TYPE).equals("vigil.review.ActionItemOverdue.v1"))).hasSize(2);
    }

    @Test
    void a_committee_member_who_edited_a_review_may_not_approve_it() {
        String reviewId = as("rosa").post("/api/reviews", Map.of("title", "Near miss: biased ranking in staging",
                "systemId", "ranker")).json().get("id").asString();
        for (String section : List.of("summary", "impact", "timeline", "detection", "response-and-recovery")) {
            assertThat(put("rosa", "/api/reviews/" + reviewId + "/sections/" + section,
                    Map.of("text", "The " + section + " of the near miss."), null).statusCode()).isEqualTo(200);
        }
        assertThat(put("cora", "/api/reviews/" + reviewId + "/sections/lessons",
                Map.of("text", "Staging data should include protected groups."), null).statusCode()).isEqualTo(200);
        as("rosa").post("/api/reviews/" + reviewId + "/factors", Map.of("category", "DATA", "layer", "DATA",
                "description", "Staging data had no protected groups"));
        var submitted = as("rosa").post("/api/reviews/" + reviewId + "/submit",
                Map.of("noActionItemsReason", "Fixed by the staging data refresh already planned"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        var refused = as("cora").post("/api/reviews/" + reviewId + "/approve", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("separation-of-duties");
        assertThat(as("cora").get("/api/reviews/" + reviewId).json().get("status").asString()).isEqualTo("IN_REVIEW");
        var sentBack = as("cora").post("/api/reviews/" + reviewId + "/request-changes",
                Map.of("changes", "Name the control that should have caught it"));
        assertThat(sentBack.json().get("status").asString()).isEqualTo("DRAFT");

        // the read model is derived: lost, it is rebuilt from the events as it was
        jdbc.sql("delete from review_view where id = :id").param("id", reviewId).update();
        assertThat(as("cora").get("/api/reviews/" + reviewId).status()).isEqualTo(404);
        assertThat(reviewViews.rebuildWhatIsBehind()).isEqualTo(1);
        assertThat(as("cora").get("/api/reviews/" + reviewId).body()).isEqualTo(as("cora").get("/api/reviews/" + reviewId)
                .body()).contains("\"status\":\"DRAFT\"", "Name the control");
    }

    @Test
    void the_api_is_described_by_the_openapi_document_it_serves() {
        var response = as("aldo").get("/v3/api-docs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        for (String path : List.of("/api/reviews", "/api/reviews/{id}", "/api/reviews/{id}/export",
                "/api/reviews/{id}/sections/{section}", "/api/reviews/{id}/refresh", "/api/reviews/{id}/factors",
                "/api/reviews/{id}/factors/{factorId}/withdrawal", "/api/reviews/{id}/comments",
                "/api/reviews/{id}/comments/{commentId}/resolution",
                "/api/reviews/{id}/findings/{findingId}/acknowledgement", "/api/reviews/{id}/submit",
                "/api/reviews/{id}/request-changes", "/api/reviews/{id}/approve", "/api/reviews/{id}/publish",
                "/api/reviews/{id}/action-items", "/api/action-items", "/api/action-items/{id}",
                "/api/action-items/{id}/status", "/api/action-items/{id}/evidence", "/api/action-items/{id}/due-date",
                "/api/action-items/{id}/verification", "/api/action-items/{id}/jira/resync", "/api/integrations/jira",
                "/api/integrations/jira/webhook", "/api/incidents")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_records_nothing() {
        String reviewId = as("rosa").post("/api/reviews", Map.of("title", "Near miss", "systemId", "bot")).json()
                .get("id").asString();
        long events = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
        assertThat(as("rosa").post("/api/reviews", Map.of("title", "x")).body()).contains("systemId", "required");
        assertThat(as("rosa").post("/api/reviews", Map.of("incident", "INC-1999-0001")).status()).isEqualTo(404);
        assertThat(as("rosa").post("/api/reviews", Map.of("title", "x", "systemId", "s", "reviewId", "y")).body())
                .contains("unknown-field");
        assertThat(put("rosa", "/api/reviews/" + reviewId + "/sections/root-cause", Map.of("text", "x"), null).body())
                .contains("section", "not a section");
        assertThat(put("rosa", "/api/reviews/" + reviewId + "/sections/summary", Map.of("text", " "), null).statusCode())
                .isEqualTo(400);
        assertThat(as("rosa").post("/api/reviews/" + reviewId + "/factors", Map.of("category", "PERSON", "layer", "DATA",
                "description", "d")).body()).contains("category");
        assertThat(as("rosa").post("/api/reviews/" + reviewId + "/action-items", Map.of("title", "t", "ownerSubject", "o",
                "team", "t", "type", "PREVENT", "priority", "HIGH", "dueDate", "2020-01-01")).status()).isEqualTo(422);
        assertThat(as("rosa").post("/api/reviews/" + reviewId + "/findings/" + UUID.randomUUID() + "/acknowledgement",
                Map.of("justification", "j")).status()).isEqualTo(404);
        assertThat(as("cora").post("/api/reviews/" + reviewId + "/approve", Map.of()).status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single()).isEqualTo(events);
    }

    @Test
    void a_review_of_a_restricted_incident_exists_only_for_those_who_may_know_the_incident() {
        IncidentDeclared incident = declared("RST-2026-0001", true);
        UUID id = incident.incidentId();
        publish(incident);
        publish(new IncidentStatusChanged(id, IncidentStatus.DECLARED, IncidentStatus.RESOLVED, "Fixed",
                Instant.parse("2026-11-21T09:00:00Z")));
        await().atMost(WAIT).until(() -> as("cora").get("/api/reviews/RST-2026-0001").status() == 200);
        String reviewId = as("cora").get("/api/reviews/RST-2026-0001").json().get("id").asString();
        String itemId = as("cora").post("/api/reviews/" + reviewId + "/action-items", Map.of("title", "Hidden work",
                "ownerSubject", "cora", "team", "Safety", "type", "PROCESS", "priority", "LOW")).json().get("id").asString();

        assertThat(as("carl").get("/api/reviews/" + reviewId).status()).isEqualTo(200); // declared it
        for (String path : List.of("/api/reviews/" + reviewId, "/api/reviews/RST-2026-0001",
                "/api/reviews/" + reviewId + "/export?format=md", "/api/reviews/" + reviewId + "/export?format=pdf",
                "/api/reviews/RST-2026-0001/export?format=html",
                "/api/reviews/" + reviewId + "?asOf=" + Instant.now(), "/api/action-items/" + itemId)) {
            assertThat(as("rosa").get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(put("rosa", "/api/reviews/" + reviewId + "/sections/summary", Map.of("text", "x"), null).statusCode())
                .isEqualTo(404);
        assertThat(as("rosa").post("/api/reviews/" + reviewId + "/action-items", Map.of("title", "t", "ownerSubject", "o",
                "team", "t", "type", "PREVENT", "priority", "HIGH")).status()).isEqualTo(404);
        assertThat(as("rosa").post("/api/reviews", Map.of("incident", "RST-2026-0001")).status()).isEqualTo(404);
        assertThat(as("rita").post("/api/action-items/" + itemId + "/status", Map.of("status", "IN_PROGRESS")).status())
                .isEqualTo(404);
        assertThat(as("rosa").get("/api/reviews").body()).doesNotContain(reviewId);
        assertThat(as("rosa").get("/api/action-items").body()).doesNotContain(itemId);
        assertThat(as("aldo").get("/api/action-items").body()).contains(itemId);

        publish(new ParticipantJoined(id, new Person("rosa", "Rosa Reviewer"), Instant.parse("2026-11-21T10:00:00Z")));
        await().atMost(WAIT).until(() -> as("rosa").get("/api/reviews/RST-2026-0001").status() == 200);
        assertThat(as("rosa").get("/api/action-items").body()).contains(itemId);
    }

    private HttpResponse<byte[]> bytes(String user, String path) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + TestUsers.password(user))
                .getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + auth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> put(String user, String path, Object body, String ifMatch) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + TestUsers.password(user))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything on the review topic, read from the start until a record matching {@code until} is among it. */
    private List<ConsumerRecord<String, byte[]>> readReviewTopic(java.util.function.Predicate<ConsumerRecord<String, byte[]>> until) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "review-api-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(properties.kafka().topic(Topics.REVIEW)));
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return records.stream().anyMatch(until);
            });
        }
        return records;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
