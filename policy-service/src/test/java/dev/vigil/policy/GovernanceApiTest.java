package dev.vigil.policy;

import com.github.kagkarlsson.scheduler.task.Task;
import dev.vigil.contracts.events.Topics;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.MutableClock;
import dev.vigil.platform.test.TestEvents;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The policy owner's and the committee's whole story, through REST on a real PostgreSQL and Kafka:
 * inventory, policy, control, a HIGH waiver refused then approved twice, an incident on the excepted
 * system, expiry by the persistent scheduler (once, with two instances), the register as of before.
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {PolicyServiceApplication.CONFIG, "vigil.scheduling.polling-interval=1h"})
@Import(GovernanceApiTest.Time.class)
class GovernanceApiTest {

    static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

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

    @AfterAll
    static void close() {
        EVENTS.close();
    }

    ApiClient as(String user) {
        return ApiClient.as(user, port);
    }

    static Map<String, Object> system(String id, String riskClass) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Assistant v4");
        body.put("purpose", "Answers customers' questions about their accounts");
        body.put("ownerSubject", "olga");
        body.put("ownerName", "Olga Owner");
        body.put("team", "Assistants");
        body.put("lifecycle", "DEPLOYED");
        body.put("roles", List.of("PROVIDER"));
        body.put("riskClass", riskClass);
        body.put("annexIIIArea", "5(b) creditworthiness");
        body.put("jurisdictions", List.of("EU", "DE"));
        body.put("personalData", "CONTROLLER");
        body.put("reason", "Entered into the inventory");
        return body;
    }

    Map<String, Object> exception(String controlId, Instant expiry, List<String> compensating) {
        Map<String, Object> body = new HashMap<>();
        body.put("controlIds", List.of(controlId));
        body.put("systemIds", List.of("assistant-v4"));
        body.put("scope", "Release 4.2.1 of assistant-v4");
        body.put("justification", "The red team is booked out until January");
        body.put("ownerSubject", "rita");
        body.put("ownerName", "Rita Responder");
        body.put("requestedExpiry", expiry.toString());
        body.put("likelihood", 4);
        body.put("impact", 3);
        body.put("compensatingControls", compensating);
        return body;
    }

    @Test
    void a_high_waiver_is_refused_without_compensation_approved_twice_flagged_by_an_incident_and_expires_once() throws Exception {
        // the inventory, a published policy with a red-team control
        assertThat(as("paul").post("/api/systems", system("assistant-v4", "HIGH_RISK")).status()).isEqualTo(201);
        assertThat(as("rita").post("/api/systems", system("other", "MINIMAL")).status()).isEqualTo(403);
        var policy = as("paul").post("/api/policies", Map.of("title", "Pre-deployment evaluation", "level", "PRINCIPLE",
                "ownerSubject", "paul", "ownerName", "Paul Policy", "reviewCadenceMonths", 12));
        assertThat(policy.status()).isEqualTo(201);
        String policyId = policy.json().get("id").asString();
        assertThat(as("paul").post("/api/policies/" + policyId + "/versions",
                Map.of("text", "Every release is red-teamed before it ships.", "effectiveFrom", "2026-11-01")).status())
                .isEqualTo(201);
        assertThat(as("paul").post("/api/policies/" + policyId + "/versions/1/publish", Map.of()).json()
                .get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(as("paul").post("/api/controls", Map.of("id", "CTL-RT-01", "policyId", policyId,
                "title", "Pre-deployment red-team sign-off", "objective", "No release without a red-team report",
                "layer", "PRE_DEPLOYMENT_EVALUATION", "appliesToRiskClasses", List.of("HIGH_RISK"),
                "evidenceExpected", "The signed red-team report")).status()).isEqualTo(201);

        // HIGH (4 × 3) without compensating controls is refused, and longer than three months too
        Instant expiry = START.plus(Duration.ofDays(60));
        var refused = as("rita").post("/api/exceptions", exception("CTL-RT-01", expiry, List.of()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().toString()).contains("compensatingControls", "required-from-medium");
        assertThat(as("rita").post("/api/exceptions", exception("CTL-RT-01", START.plus(Duration.ofDays(120)),
                List.of("Daily output sampling"))).json().toString()).contains("max-duration");
        assertThat(jdbc.sql("select count(*) from exception_register").query(Long.class).single()).isZero();

        var requested = as("rita").post("/api/exceptions", exception("CTL-RT-01", expiry, List.of("Daily output sampling")));
        assertThat(requested.status()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        assertThat(requested.json().get("key").asString()).isEqualTo("EXC-2026-0001");
        assertThat(requested.json().get("rating").asString()).isEqualTo("HIGH");

        // the policy owner approves; a HIGH waiver also needs the committee
        assertThat(as("rita").post("/api/exceptions/" + id + "/approvals", Map.of()).status()).isEqualTo(403);
        assertThat(as("paul").post("/api/exceptions/" + id + "/approvals", Map.of("note", "With sampling")).json()
                .get("status").asString()).isEqualTo("REQUESTED");
        assertThat(as("paul").post("/api/exceptions/" + id + "/approvals", Map.of()).status()).isEqualTo(403);
        JsonNode approved = as("cora").post("/api/exceptions/" + id + "/approvals", Map.of()).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("systemRiskClasses").get("assistant-v4").asString()).isEqualTo("HIGH_RISK");
        assertThat(approved.get("controlVersions").get("CTL-RT-01").asInt()).isEqualTo(1);
        Instant whileApproved = Instant.now();

        // a SEV1 incident on the system, delivered twice: noted once, and the waiver needs re-review
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        IncidentDeclared incident = new IncidentDeclared(java.util.UUID.randomUUID(), "INC-2026-0042",
                "Model leaked training data", "Summary", "assistant-v4", "4.2.1",
                dev.vigil.contracts.incident.Severity.SEV1, dev.vigil.contracts.incident.HazardCategory.PRIVACY_LEAKAGE,
                dev.vigil.contracts.incident.DetectionSource.RED_TEAM, Instant.parse("2026-11-20T07:30:00Z"),
                Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-20T08:30:00Z"), List.of("EU"), false,
                Instant.parse("2026-11-20T09:00:00Z"));
        String topic = properties.kafka().topic(Topics.INCIDENT);
        String eventId = EVENTS.publish(topic, IncidentEventTypes.LANGUAGE, incident, TestUsers.COMMANDER);
        EVENTS.send(TestEvents.record(topic, eventId, TestEvents.DECLARED, incident.subject(), TestEvents.json(incident),
                TestUsers.COMMANDER));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode row = as("cora").get("/api/exceptions/" + id).json();
            assertThat(row.get("incidents")).hasSize(1);
            assertThat(row.get("needsReReview").asBoolean()).isTrue();
        });
        assertThat(as("aldo").get("/api/exceptions?needsReReview=true").json()).hasSize(1);

        // a restricted incident on the system is named only to those who may know it exists
        IncidentDeclared hidden = new IncidentDeclared(java.util.UUID.randomUUID(), "RST-2026-0001",
                "Restricted matter", "Summary", "assistant-v4", "4.2.1", dev.vigil.contracts.incident.Severity.SEV3,
                dev.vigil.contracts.incident.HazardCategory.MISUSE, dev.vigil.contracts.incident.DetectionSource.OTHER,
                Instant.parse("2026-11-20T07:45:00Z"), Instant.parse("2026-11-20T08:00:00Z"),
                Instant.parse("2026-11-20T08:30:00Z"), List.of("EU"), true, Instant.parse("2026-11-20T09:00:00Z"));
        EVENTS.publish(topic, IncidentEventTypes.LANGUAGE, hidden, TestUsers.COMMANDER);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(as("cora").get("/api/exceptions/" + id).json().get("incidents")).hasSize(2));
        assertThat(as("rita").get("/api/exceptions/" + id).json().get("incidents").toString())
                .contains("INC-2026-0042").doesNotContain("RST-2026-0001");

        // reminders and expiry: the clock passes them, two scheduler instances look, each fires once
        PersistentScheduler second = new PersistentScheduler(dataSource, tasks, clock, Duration.ofHours(1));
        second.start();
        try {
            clock.set(expiry.minus(Duration.ofHours(23)));
            scheduler.checkNow();
            second.checkNow();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    as("cora").get("/api/exceptions/" + id).json().get("remindersSent")).hasSize(3));
            clock.set(expiry.plusSeconds(1));
            scheduler.checkNow();
            second.checkNow();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(as("cora").get("/api/exceptions/" + id).json().get("status").asString()).isEqualTo("EXPIRED"));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from scheduled_tasks "
                    + "where task_name = 'policy-exception-expiry'").query(Long.class).single() == 0);
        } finally {
            second.stop();
        }
        assertThat(jdbc.sql("select count(*) from domain_event_entry where payload_type like '%ExceptionExpired'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where payload_type like '%ExceptionExpiryReminded'")
                .query(Long.class).single()).isEqualTo(3);

        // the register now and as it stood while the waiver was in force
        assertThat(as("aldo").get("/api/exceptions/register?status=EXPIRED").json()).hasSize(1);
        JsonNode before = as("aldo").get("/api/exceptions/register?asOf=" + whileApproved).json();
        assertThat(before).singleElement().satisfies(row -> {
            assertThat(row.get("status").asString()).isEqualTo("APPROVED");
            assertThat(row.get("incidents")).isEmpty();
        });
        String csv = text("/api/exceptions/register?format=csv");
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv.split("\r\n")[1]).startsWith("EXC-2026-0001,EXPIRED,HIGH,CTL-RT-01,assistant-v4,rita,rita,")
                .contains("paul as POLICY_OWNER; cora as COMMITTEE", "INC-2026-0042 (SEV1)");
        byte[] pdf = bytes("/api/exceptions/register?format=pdf");
        try (var document = Loader.loadPDF(pdf)) {
            // table cells wrap long words: read the text without its line breaks
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(
                    "Policyexceptionregister", "EXC-2026-0001", "EXPIRED", "CTL-RT-01", "INC-2026-0042");
        }
    }

    @Test
    void a_parent_must_be_exactly_one_level_up_and_bad_input_records_nothing() {
        var principle = as("paul").post("/api/policies", Map.of("title", "Safety first", "level", "PRINCIPLE",
                "ownerSubject", "paul", "reviewCadenceMonths", 24));
        String principleId = principle.json().get("id").asString();
        var skipped = as("paul").post("/api/policies", Map.of("title", "Red teaming", "level", "STANDARD",
                "parentId", principleId, "ownerSubject", "paul", "reviewCadenceMonths", 12));
        assertThat(skipped.status()).isEqualTo(422);
        assertThat(skipped.json().toString()).contains("one-level-up");
        assertThat(as("paul").post("/api/policies", Map.of("title", "Evaluation", "level", "POLICY",
                "parentId", principleId, "ownerSubject", "paul", "reviewCadenceMonths", 12)).status()).isEqualTo(201);
        long events = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
        assertThat(as("paul").post("/api/systems", Map.of("id", "x", "riskClass", "SEVERE")).status()).isEqualTo(400);
        assertThat(as("paul").post("/api/systems", Map.of("id", "bad id!", "name", "n")).status()).isEqualTo(400);
        assertThat(as("paul").post("/api/controls", Map.of("id", "RT-1")).status()).isEqualTo(400);
        assertThat(as("rita").post("/api/exceptions", Map.of("controlIds", List.of("CTL-XX-99"), "systemIds", List.of("nope"),
                "scope", "s", "justification", "j", "ownerSubject", "rita", "requestedExpiry", "2026-12-01T00:00:00Z",
                "likelihood", 9, "impact", 1)).json().toString()).contains("likelihood", "range");
        assertThat(jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single()).isEqualTo(events);
    }

    @Test
    void an_inventory_change_is_kept_with_who_and_why_and_the_system_reads_as_of_before_it() {
        assertThat(as("paul").post("/api/systems", system("scorer", "LIMITED")).status()).isEqualTo(201);
        Instant between = Instant.now();
        Map<String, Object> change = system("scorer", "HIGH_RISK");
        change.put("reason", "Now used for credit decisions");
        var changed = as("paul").send("PUT", "/api/systems/scorer", change);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("revision").asInt()).isEqualTo(2);
        assertThat(changed.json().get("lastChangedBy").get("subject").asString()).isEqualTo("paul");
        assertThat(as("paul").send("PUT", "/api/systems/scorer", change).status()).isEqualTo(422);
        assertThat(as("connie").get("/api/systems/scorer?asOf=" + between).json().get("facts").get("riskClass")
                .asString()).isEqualTo("LIMITED");
        assertThat(as("connie").get("/api/systems?riskClass=HIGH_RISK").json().toString()).contains("scorer");
    }

    private String text(String path) throws Exception {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private byte[] bytes(String path) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("aldo:" + TestUsers.password("aldo"))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + auth).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
