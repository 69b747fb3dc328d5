package dev.vigil.notification;

import dev.vigil.contracts.events.Topics;
import dev.vigil.contracts.governance.OrganisationRole;
import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.contracts.incident.ImpactAssessed;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.policy.AiSystemRecorded;
import dev.vigil.contracts.policy.PolicyEventTypes;
import dev.vigil.notification.assessment.ObligationIds;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.MutableClock;
import dev.vigil.platform.test.TestEvents;
import dev.vigil.platform.test.TestIssuer;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifying regulators, through REST on a real PostgreSQL and Kafka: the Art. 73 report of a death
 * in Germany drafted from its template with the incident's facts, edited, approved by a second
 * compliance officer (never by whoever wrote it), exported as PDF and read back, submitted with the
 * server's hash of that very PDF, on time, and acknowledged; NIS2's final report getting its deadline
 * once the incident notification is submitted; every step on the topic with the incident.
 *
 * <p>The second compliance officer signs in with a token from a real test issuer: the dev users are
 * platform-test's, one per role.
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {NotificationServiceApplication.CONFIG, "vigil.scheduling.polling-interval=1h",
                "vigil.security.roles-claim=realm_access.roles"})
@Import(NotifyingRegulatorsApiTest.Time.class)
class NotifyingRegulatorsApiTest {

    static final Instant AWARE = ObligationsApiTest.AWARE;
    static final Instant START = ObligationsApiTest.START;
    static final String ART_73 = ObligationsApiTest.ART_73;
    static final String NIS2 = "nis2-art-23@DE";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.get().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIssuer.AUDIENCE);
    }

    static final TestEvents EVENTS = new TestEvents();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
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

    /** The second compliance officer, from the identity provider. */
    String cleo() {
        return TestIssuer.get().token("u-cleo", "Cleo Compliance", List.of("COMPLIANCE")).signed();
    }

    ApiClient asCleo() {
        return ApiClient.bearer(cleo(), port);
    }

    long recorded(String eventType) {
        return jdbc.sql("select count(*) from domain_event_entry where payload_type like :type")
                .param("type", "%." + eventType).query(Long.class).single();
    }

    /** A request with headers the plain client does not send (If-Match on PUT), answered as bytes. */
    HttpResponse<byte[]> raw(String method, String path, String authorization, Object body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.password(user))
                .getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }

    JsonNode obligation(String incident, String key) {
        for (JsonNode o : as("connie").get("/api/incidents/" + incident + "/obligations").json().get("obligations")) {
            if (o.get("key").asString().equals(key)) {
                return o;
            }
        }
        return null;
    }

    static JsonNode stage(JsonNode obligation, String id) {
        for (JsonNode s : obligation.get("stages")) {
            if (s.get("id").asString().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** The draft's text with every placeholder of the template filled in. */
    static Map<String, Object> completed(JsonNode draft, String measures) {
        List<Map<String, String>> sections = new ArrayList<>();
        for (JsonNode s : draft.get("document").get("sections")) {
            String text = s.get("text").asString();
            if (text.contains("[to be completed:")) {
                text = s.get("key").asString().equals("measures") ? measures
                        : text.replaceAll("\\[to be completed:[^\\]]*\\]", "Not yet known; to follow in the complete report.");
            }
            sections.add(Map.of("key", s.get("key").asString(), "heading", s.get("heading").asString(), "text", text));
        }
        return Map.of("title", draft.get("document").get("title").asString(), "sections", sections);
    }

    void givenAnIncidentWithADeathInGermanyOnAHighRiskSystemWeProvide(IncidentDeclared incident) {
        Map<String, Object> profile = new HashMap<>(ObligationsApiTest.profile("Initial profile"));
        profile.put("nis2EntityType", "ESSENTIAL");
        profile.put("nis2Sector", "health");
        profile.put("authorities", List.of(
                Map.of("regime", "EU_AI_ACT", "jurisdiction", "DE", "name", "Bundesnetzagentur", "zone", "Europe/Berlin"),
                Map.of("regime", "NIS2", "jurisdiction", "DE", "name", "BSI", "zone", "Europe/Berlin")));
        assertThat(as("connie").send("PUT", "/api/org-profile", profile).status()).isEqualTo(200);
        AiSystemRecorded system = new AiSystemRecorded("assistant-v4", 1, "Triage assistant", "DEPLOYED",
                Set.of(OrganisationRole.PROVIDER), RiskClass.HIGH_RISK, "5(d) emergency triage", List.of("EU", "DE"),
                List.of("health"), "CONTROLLER", false, false, false, "olga", "triage", "Entered into the inventory", START);
        EVENTS.send(TestEvents.record(properties.kafka().topic(Topics.POLICY), UUID.randomUUID().toString(),
                PolicyEventTypes.LANGUAGE.typeOf(AiSystemRecorded.class).orElseThrow().ceType(), system.subject(),
                TestEvents.json(system), "paul", "/vigil/policy-service"));
        EVENTS.publish(properties.kafka().topic(Topics.INCIDENT), IncidentEventTypes.LANGUAGE, incident,
                TestUsers.COMMANDER);
        ImpactAssessed impact = ObligationsApiTest.impact(incident.incidentId(), 1, 1);
        EVENTS.publish(properties.kafka().topic(Topics.INCIDENT), IncidentEventTypes.LANGUAGE, impact, TestUsers.COMMANDER);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.sql("select impact_revision from incident_facts where incident_key = :key")
                    .param("key", incident.key()).query(Integer.class).optional()).contains(1);
            assertThat(jdbc.sql("select count(*) from system_facts").query(Long.class).single()).isEqualTo(1);
            // the determinations route finds incidents through the known-incidents view, another consumer
            assertThat(jdbc.sql("select count(*) from known_incident where incident_key = :key")
                    .param("key", incident.key()).query(Long.class).single()).isEqualTo(1);
        });
        var determined = as("connie").post("/api/incidents/" + incident.key() + "/determinations", Map.of(
                "seriousIncident", true, "nis2SignificantIncident", true,
                "reason", "A death caused by the system's advice; a significant incident at an essential entity"));
        assertThat(determined.status()).as(determined.body()).isEqualTo(201);
    }

    @Test
    void the_art_73_report_is_drafted_edited_approved_by_a_second_officer_exported_submitted_on_time_and_acknowledged()
            throws Exception {
        IncidentDeclared incident = ObligationsApiTest.declared("INC-2026-0301", false);
        givenAnIncidentWithADeathInGermanyOnAHighRiskSystemWeProvide(incident);
        String key = incident.key();
        JsonNode art73 = obligation(key, ART_73);
        String obligationId = art73.get("id").asString();
        String drafts = "/api/obligations/" + obligationId + "/stages/report/drafts";

        // only compliance drafts; an unknown stage or obligation is 404; nothing is recorded
        assertThat(as("cora").post(drafts, Map.of()).status()).isEqualTo(403);
        var noStage = as("connie").post("/api/obligations/" + obligationId + "/stages/final/drafts", Map.of());
        assertThat(noStage.status()).isEqualTo(404);
        assertThat(noStage.contentType()).startsWith("application/problem+json");
        assertThat(as("connie").post("/api/obligations/" + UUID.randomUUID() + "/stages/report/drafts", Map.of())
                .status()).isEqualTo(404);
        assertThat(recorded("DraftCreated")).isZero();

        // drafted from the Art. 73 template, with the incident's facts filled in and what is unknown marked
        var created = as("connie").post(drafts, Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.etag()).contains("\"1\"");
        JsonNode draft = created.json();
        String draftId = draft.get("id").asString();
        assertThat(draftId).isEqualTo(ObligationIds.draft(UUID.fromString(obligationId), "report").toString());
        assertThat(created.location()).contains("/api/drafts/" + draftId);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("incidentKey").asString()).isEqualTo(key);
        assertThat(draft.get("template").asString()).isEqualTo("eu-ai-act-art-73");
        assertThat(draft.get("revisions").get(0).get("by").get("subject").asString()).isEqualTo("connie");
        String text = draft.get("document").toString();
        assertThat(text).contains("Bundesnetzagentur", "Vigil Assist GmbH, established in DE", "assistant-v4",
                "HIGH_RISK", incident.title(), "Aware at: " + AWARE, "Deaths or serious injuries: 1",
                "Connie (COMPLIANCE)", "Causal link between the AI system and the incident");
        assertThat(draft.get("unfinished").toString()).contains("Measures taken");
        assertThat(as("connie").post(drafts, Map.of()).status()).isEqualTo(409);

        // approving your own draft is refused, and approving one with placeholders left too
        var own = as("connie").post("/api/drafts/" + draftId + "/approval", Map.of());
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body()).contains("separation-of-duties");
        var unfinished = asCleo().post("/api/drafts/" + draftId + "/approval", Map.of());
        assertThat(unfinished.status()).isEqualTo(422);
        assertThat(unfinished.body()).contains("document", "finished", "Measures taken");
        assertThat(recorded("DraftApproved")).isZero();

        // edits: bad input 400 naming the field, a stale If-Match 412, each save a revision with who
        var bad = raw("PUT", "/api/drafts/" + draftId, basic("connie"), Map.of("title", " ", "sections",
                List.of(Map.of("heading", "", "text", "x"))), Map.of());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("title", "sections[0].heading", "required");
        Map<String, Object> edit = completed(draft, "The triage advice was withdrawn from the assistant on "
                + "2026-11-20; clinicians were told to disregard it.");
        var stale = raw("PUT", "/api/drafts/" + draftId, basic("connie"), edit, Map.of("If-Match", "\"7\""));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(recorded("DraftEdited")).isZero();
        var edited = raw("PUT", "/api/drafts/" + draftId, basic("connie"), edit, Map.of("If-Match", "\"1\""));
        assertThat(edited.statusCode()).as(new String(edited.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(edited.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(json(edited).get("revision").asInt()).isEqualTo(2);
        assertThat(json(edited).get("unfinished")).isEmpty();
        assertThat(json(edited).get("revisions").get(1).get("by").get("subject").asString()).isEqualTo("connie");

        // a second compliance officer approves; an edit withdraws the approval, and it is approved again
        var approved = asCleo().post("/api/drafts/" + draftId + "/approval", Map.of(), Map.of("If-Match", "\"2\""));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("approval").get("approvedBy").get("subject").asString()).isEqualTo("u-cleo");
        Map<String, Object> reworded = completed(draft, "The triage advice was withdrawn from the assistant on "
                + "2026-11-20 at 10:00 CET; clinicians were told to disregard it.");
        var withdrawn = raw("PUT", "/api/drafts/" + draftId, basic("connie"), reworded, Map.of());
        assertThat(json(withdrawn).get("status").asString()).isEqualTo("DRAFT");
        assertThat(json(withdrawn).get("approval").isNull()).isTrue();
        assertThat(json(withdrawn).get("revisions").get(2).get("approvalWithdrawn").asBoolean()).isTrue();
        var unapproved = as("connie").post("/api/drafts/" + draftId + "/submission", Map.of("channel", "portal",
                "authorityReference", "R", "submittedAt", START.toString()));
        assertThat(unapproved.status()).isEqualTo(409);
        assertThat(unapproved.body()).contains("not-approved");
        clock.set(START.plus(Duration.ofHours(1)));
        assertThat(asCleo().post("/api/drafts/" + draftId + "/approval", Map.of()).status()).isEqualTo(200);

        // exported: the auditor reads the PDF back; the committee the Markdown
        var pdf = raw("GET", "/api/drafts/" + draftId + "/export?format=pdf", basic("aldo"), null, Map.of());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument read = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(read)).contains("Serious incident report", "What happened",
                    incident.title(), "Bundesnetzagentur", "withdrawn from the assistant");
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()));
        var md = as("cora").get("/api/drafts/" + draftId + "/export?format=md");
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.body()).startsWith("# Serious incident report").contains("## Measures taken");
        assertThat(as("cora").get("/api/drafts/" + draftId + "/export?format=docx").body()).contains("format", "one-of");
        assertThat(as("carl").get("/api/drafts/" + draftId).status()).isEqualTo(403);

        // the submission: bad input records nothing; then the server's hash of the PDF it exports
        Instant sent = START.plus(Duration.ofMinutes(90));
        var future = as("connie").post("/api/drafts/" + draftId + "/submission", Map.of("channel", "portal",
                "authorityReference", "R", "submittedAt", sent.toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("submittedAt", "not-in-future");
        assertThat(as("connie").post("/api/drafts/" + draftId + "/submission", Map.of("submittedAt",
                START.toString(), "sha256", "00")).body()).contains("sha256", "unknown-field");
        assertThat(as("connie").post("/api/drafts/" + draftId + "/submission", Map.of("submittedAt",
                START.toString())).body()).contains("channel", "authorityReference", "required");
        assertThat(recorded("DraftSubmitted")).isZero();
        clock.set(START.plus(Duration.ofHours(2)));
        var submitted = as("connie").post("/api/drafts/" + draftId + "/submission", Map.of(
                "channel", "BNetzA reporting portal", "authorityReference", "BNetzA-KI-2026-0042",
                "submittedAt", sent.toString(), "format", "pdf"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        JsonNode submission = submitted.json().get("submission");
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submission.get("sha256").asString()).isEqualTo(sha256);
        assertThat(submission.get("submittedBy").get("subject").asString()).isEqualTo("connie");
        assertThat(submission.get("late").asBoolean()).isFalse();
        assertThat(submission.get("dueAt").asString()).isEqualTo(AWARE.plus(Duration.ofDays(10)).toString());
        assertThat(Duration.parse(submission.get("margin").asString()))
                .isEqualTo(Duration.between(sent, AWARE.plus(Duration.ofDays(10))));
        var afterSubmission = raw("PUT", "/api/drafts/" + draftId, basic("connie"), edit, Map.of());
        assertThat(afterSubmission.statusCode()).isEqualTo(409);

        // the obligation's stage is submitted, on time, by how much; nothing more is due under Art. 73
        JsonNode after = obligation(key, ART_73);
        assertThat(stage(after, "report").get("submittedAt").asString()).isEqualTo(sent.toString());
        assertThat(after.get("submitted").get(0).get("late").asBoolean()).isFalse();
        assertThat(after.get("submitted").get(0).get("margin").asString())
                .isEqualTo(Duration.between(sent, AWARE.plus(Duration.ofDays(10))).toString());
        assertThat(after.get("next").isNull()).isTrue();
        assertThat(after.get("history").get(after.get("history").size() - 1).get("cause").asString())
                .contains("submission of report", "BNetzA-KI-2026-0042");

        // the authority's acknowledgement
        var ack = as("connie").post("/api/drafts/" + draftId + "/acknowledgement", Map.of("reference", "BNetzA-ACK-17",
                "receivedAt", START.plus(Duration.ofHours(2)).toString()));
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(ack.json().get("acknowledgement").get("reference").asString()).isEqualTo("BNetzA-ACK-17");

        // NIS2's final report waits for the incident notification, and counts a month from its submission
        JsonNode nis2 = obligation(key, NIS2);
        assertThat(stage(nis2, "final-report").get("dueAt").isNull()).isTrue();
        var nis2Draft = as("connie").post("/api/obligations/" + nis2.get("id").asString()
                + "/stages/notification/drafts", Map.of());
        assertThat(nis2Draft.status()).as(nis2Draft.body()).isEqualTo(201);
        assertThat(nis2Draft.json().get("document").toString()).contains("BSI", "Unlawful or malicious act");
        String nis2Id = nis2Draft.json().get("id").asString();
        raw("PUT", "/api/drafts/" + nis2Id, basic("connie"), completed(nis2Draft.json(), "Advice withdrawn."), Map.of());
        assertThat(asCleo().post("/api/drafts/" + nis2Id + "/approval", Map.of()).status()).isEqualTo(200);
        Instant notified = clock.instant();
        assertThat(asCleo().post("/api/drafts/" + nis2Id + "/submission", Map.of("channel", "BSI portal",
                "authorityReference", "BSI-2026-118", "submittedAt", notified.toString())).status()).isEqualTo(200);
        JsonNode finalReport = stage(obligation(key, NIS2), "final-report");
        assertThat(finalReport.get("dueAt").asString()).isEqualTo(notified.atZone(ZoneId.of("Europe/Berlin"))
                .plusMonths(1).toInstant().toString());
        assertThat(finalReport.get("startsFrom").asString()).isEqualTo("submission of notification");
        JsonNode explained = as("connie").get("/api/incidents/" + key + "/obligations?explainAll=true").json();
        assertThat(explained.get("assessments").toString()).contains("submission of notification");

        // every step on the topic, naming the incident, for its IR timeline
        ObligationsApiTest.awaitPublished(properties.kafka().topic(Topics.NOTIFICATION), incident.incidentId(),
                List.of("vigil.notification.NotificationDrafted.v1",
                "vigil.notification.NotificationEdited.v1", "vigil.notification.NotificationApproved.v1",
                "vigil.notification.NotificationSubmitted.v1", "vigil.notification.AuthorityAcknowledged.v1"));
    }
}
