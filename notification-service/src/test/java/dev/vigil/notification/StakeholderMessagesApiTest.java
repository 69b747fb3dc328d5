package dev.vigil.notification;

import com.github.kagkarlsson.scheduler.task.Task;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.vigil.contracts.events.CloudEventHeaders;
import dev.vigil.contracts.events.Topics;
import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.review.ActionItemOverdue;
import dev.vigil.contracts.review.ReviewEventTypes;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.MutableClock;
import dev.vigil.platform.test.TestEvents;
import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestIssuer;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stakeholder messages through the running service, on a real PostgreSQL and Kafka: people registered
 * from their first request; subscriptions; email read back from a real SMTP server (GreenMail);
 * webhooks received by a local HTTP server and their Standard Webhooks signature checked by the
 * test's own implementation of the scheme; the SSRF guard at subscription and delivery time; a
 * redelivered or replayed fact sending one message; retries with back-off surviving a restart of the
 * scheduler, moved by the clock.
 *
 * <p>The webhook receiver listens on 127.0.0.2, which the administrators' allow-list admits (127.0.0.1
 * stays refused).
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {NotificationServiceApplication.CONFIG, "vigil.scheduling.polling-interval=1h",
                "vigil.security.roles-claim=realm_access.roles", "vigil.notification.delivery.first-retry=PT1M",
                "vigil.notification.delivery.max-attempts=3"})
@Import(StakeholderMessagesApiTest.Time.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StakeholderMessagesApiTest {

    static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final TestEvents EVENTS = new TestEvents();
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Receiver HOOKS = new Receiver();

    static {
        MAIL.start();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.get().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIssuer.AUDIENCE);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    /** A webhook receiver on 127.0.0.2 answering each subscriber's scripted codes in turn (then 200), keeping what it got. */
    static final class Receiver {
        record Received(String path, Map<String, String> headers, String body) {
        }

        final List<Received> received = new CopyOnWriteArrayList<>();
        /** Codes to answer in turn, by the subscriber the path names. */
        final Map<String, ConcurrentLinkedQueue<Integer>> script = new java.util.concurrent.ConcurrentHashMap<>();
        final HttpServer server;

        Receiver() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/hooks", exchange -> {
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
                received.add(new Received(exchange.getRequestURI().getPath(), headers, new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
                String path = exchange.getRequestURI().getPath();
                Integer code = script.getOrDefault(path.substring(path.lastIndexOf('/') + 1),
                        new ConcurrentLinkedQueue<>()).poll();
                exchange.sendResponseHeaders(code == null ? 200 : code, -1);
                exchange.close();
            });
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.2:" + server.getAddress().getPort() + "/hooks/" + path;
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
    PersistentScheduler scheduler;
    @Autowired
    DataSource dataSource;
    @Autowired
    List<Task<?>> tasks;

    @AfterAll
    static void close() {
        EVENTS.close();
        MAIL.stop();
        HOOKS.server.stop(0);
    }

    @BeforeEach
    void allowTheReceiver() {
        var current = as("ada").get("/api/webhook-allow-list");
        if (!current.body().contains("127.0.0.2/32")) {
            assertThat(as("ada").send("PUT", "/api/webhook-allow-list",
                    Map.of("entries", List.of("127.0.0.2/32"), "reason", "the test's receiver")).status()).isEqualTo(200);
        }
    }

    ApiClient as(String user) {
        return ApiClient.as(user, port);
    }

    HttpResponse<String> raw(String method, String path, String user, Object body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static IncidentDeclared incident(String key, Severity severity, boolean restricted) {
        Instant aware = START.minusSeconds(3600);
        return new IncidentDeclared(UUID.randomUUID(), key, "Assistant gave dosing advice", "Summary of " + key,
                "assistant-v4", "4.2.1", severity, HazardCategory.HIGH_STAKES_HALLUCINATION, DetectionSource.USER_REPORT,
                aware.minusSeconds(600), aware.minusSeconds(300), aware, List.of("DE"), restricted, aware);
    }

    String incidentTopic() {
        return properties.kafka().topic(Topics.INCIDENT);
    }

    void declare(IncidentDeclared incident) {
        EVENTS.publish(incidentTopic(), IncidentEventTypes.LANGUAGE, incident, TestUsers.COMMANDER);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from message_incident where incident_id = :id").param("id", incident.incidentId())
                .query(Long.class).single() == 1);
    }

    JsonNode subscribe(String user, Map<String, Object> request) {
        var response = as(user).post("/api/subscriptions", request);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    List<JsonNode> deliveries(String user, String incidentKey) {
        List<JsonNode> list = new ArrayList<>();
        as(user).get("/api/deliveries?incident=" + incidentKey).json().forEach(list::add);
        return list;
    }

    /** Runs due deliveries until every delivery of the incident is in one of the statuses. */
    void awaitDeliveries(PersistentScheduler on, String user, String incidentKey, int count, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            on.checkNow();
            List<JsonNode> list = deliveries(user, incidentKey);
            assertThat(list).hasSize(count);
            assertThat(list).allSatisfy(d -> assertThat(d.get("status").asString()).isEqualTo(status));
        });
    }

    List<MimeMessage> mailsAbout(String key) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(key);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** What the receiver got about the incident at the subscriber's path. */
    List<Receiver.Received> hooksAbout(String key, String subscriber) {
        return HOOKS.received.stream().filter(r -> r.body().contains(key) && r.path().equals("/hooks/" + subscriber))
                .toList();
    }

    /**
     * The Standard Webhooks check, written from the scheme's text: the secret without its
     * {@code whsec_} prefix is base64 of the key; the signed content is id, timestamp and body joined by
     * dots; the header lists space-separated {@code v1,<base64>} signatures, one of which must match.
     */
    static boolean verifies(String secret, Map<String, String> headers, String body) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.split("_", 2)[1]);
        String content = headers.get("webhook-id") + "." + headers.get("webhook-timestamp") + "." + body;
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = hmac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        for (String signature : headers.get("webhook-signature").split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts[0].equals("v1")
                    && MessageDigest.isEqual(Base64.getDecoder().decode(parts[1]), expected)) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Order(1)
    void people_are_registered_once_from_their_first_request_and_kept_by_an_administrator() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(as("rosa").get("/api/regimes").status()).isEqualTo(200);
        }
        JsonNode rosa = as("ada").get("/api/people/rosa").json();
        assertThat(rosa.get("email").asString()).isEqualTo("rosa@vigil.local");
        assertThat(rosa.get("name").asString()).isEqualTo(TestUsers.displayName("rosa"));
        assertThat(rosa.get("source").asString()).isEqualTo("dev-user");
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = 'rosa' "
                + "and payload_type like '%.PersonRegistered'").query(Long.class).single()).isEqualTo(1);

        var tess = TestIssuer.get().token("u-tess", "Tess Token", List.of("RESPONDER"));
        tess.claims().claim("email", "tess@example.org");
        assertThat(ApiClient.bearer(tess.signed(), port).get("/api/regimes").status()).isEqualTo(200);
        var pat = TestIssuer.get().token("u-pat", "Pat Preferred", List.of("RESPONDER"));
        pat.claims().claim("preferred_username", "pat@example.org");
        assertThat(ApiClient.bearer(pat.signed(), port).get("/api/regimes").status()).isEqualTo(200);
        assertThat(as("ada").get("/api/people/u-tess").json().get("email").asString()).isEqualTo("tess@example.org");
        assertThat(as("ada").get("/api/people/u-pat").json().get("email").asString()).isEqualTo("pat@example.org");
        assertThat(as("ada").get("/api/people/u-pat").json().get("source").asString()).isEqualTo("token");

        var before = as("ada").get("/api/people/rosa");
        var edited = raw("PUT", "/api/people/rosa", "ada", Map.of("name", "Rosa Reviewer",
                "email", "rosa.reviewer@example.org", "jiraAccountId", "5b10ac8d82e05b22cc7d4ef5"),
                Map.of("If-Match", before.etag().orElseThrow()));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode after = as("ada").get("/api/people/rosa").json();
        assertThat(after.get("email").asString()).isEqualTo("rosa.reviewer@example.org");
        assertThat(after.get("jiraAccountId").asString()).isEqualTo("5b10ac8d82e05b22cc7d4ef5");
        assertThat(after.get("updatedBy").asString()).isEqualTo("ada");
        var stale = raw("PUT", "/api/people/rosa", "ada", Map.of("name", "Rosa R"),
                Map.of("If-Match", before.etag().orElseThrow()));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(raw("PUT", "/api/people/rosa", "ada", Map.of("name", "Rosa R", "email", "not-an-address"),
                Map.of()).statusCode()).isEqualTo(400);
        // her next request does not overwrite what the administrator set
        as("rosa").get("/api/regimes");
        assertThat(as("ada").get("/api/people/rosa").json().get("email").asString()).isEqualTo("rosa.reviewer@example.org");
        assertThat(as("ada").get("/api/people").json().size()).isGreaterThanOrEqualTo(4);
        assertThat(as("ada").get("/api/people/nobody").status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void internal_webhook_targets_are_refused_when_subscribing_unless_allowed() throws Exception {
        for (String url : List.of("http://127.0.0.1:9/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]:8080/hook", "http://localhost:8080/hook", "http://[fd00::1]/hook", "ftp://127.0.0.2/x",
                "http://user:pw@127.0.0.2/x")) {
            var response = as("rita").post("/api/subscriptions", Map.of("facts", List.of("DECLARED"),
                    "webhookUrl", url));
            assertThat(response.status()).as(url + ": " + response).isEqualTo(422);
            assertThat(response.body()).contains("webhookUrl");
        }
        var allowed = as("rita").post("/api/subscriptions", Map.of("facts", List.of("DECLARED"),
                "webhookUrl", HOOKS.url("rita")));
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
        String id = allowed.json().get("subscription").get("id").asString();
        String firstSecret = allowed.json().get("secret").asString();
        Map<String, Object> change = new HashMap<>(Map.of("facts", List.of("DECLARED", "STATUS_CHANGED"),
                "webhookUrl", HOOKS.url("rita"), "minSeverity", "SEV1"));
        assertThat(raw("PUT", "/api/subscriptions/" + id, "rita", change, Map.of("If-Match", "\"7\"")).statusCode())
                .isEqualTo(412);
        assertThat(raw("PUT", "/api/subscriptions/" + id, "carl", change, Map.of()).statusCode()).isEqualTo(404);
        var changed = raw("PUT", "/api/subscriptions/" + id, "rita", change, Map.of("If-Match", "\"0\""));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(changed.body());
        assertThat(after.get("secret").isNull()).isTrue();
        assertThat(after.get("subscription").get("filter").get("minSeverity").asString()).isEqualTo("SEV1");
        change.put("rotateSecret", true);
        String rotated = JSON.readTree(raw("PUT", "/api/subscriptions/" + id, "rita", change, Map.of()).body())
                .get("secret").asString();
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(firstSecret);
        change.put("webhookUrl", "http://169.254.169.254/latest/meta-data");
        assertThat(raw("PUT", "/api/subscriptions/" + id, "rita", change, Map.of()).statusCode()).isEqualTo(422);
        assertThat(as("carl").send("DELETE", "/api/subscriptions/" + id, null).status()).isEqualTo(404);
        assertThat(as("rita").send("DELETE", "/api/subscriptions/" + id, null).status()).isEqualTo(204);
        assertThat(as("rita").get("/api/subscriptions/" + id).json().get("active").asBoolean()).isFalse();
        assertThat(as("rita").send("DELETE", "/api/subscriptions/" + id, null).status()).isEqualTo(404);
        assertThat(as("rita").post("/api/subscriptions", Map.of("facts", List.of("NOT_A_FACT"), "email", true))
                .status()).isEqualTo(400);
        assertThat(as("rita").post("/api/subscriptions", Map.of("facts", List.of("DECLARED"))).status()).isEqualTo(400);
        assertThat(as("rita").send("PUT", "/api/webhook-allow-list", Map.of("entries", List.of(), "reason", "x"))
                .status()).isEqualTo(403);
        assertThat(as("ada").send("PUT", "/api/webhook-allow-list", Map.of("entries", List.of("not a host"),
                "reason", "x")).status()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void a_severity_change_is_emailed_and_posted_as_a_signed_webhook_once() throws Exception {
        JsonNode created = subscribe("carl", Map.of("minSeverity", "SEV2", "facts", List.of("SEVERITY_CHANGED"),
                "email", true, "webhookUrl", HOOKS.url("carl")));
        String secret = created.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        String subscriptionId = created.get("subscription").get("id").asString();
        assertThat(as("carl").get("/api/subscriptions/" + subscriptionId).body()).doesNotContain(secret);
        assertThat(as("rita").get("/api/subscriptions/" + subscriptionId).status()).isEqualTo(404);

        IncidentDeclared incident = incident("INC-2026-0701", Severity.SEV3, false);
        declare(incident);
        SeverityChanged raised = new SeverityChanged(incident.incidentId(), Severity.SEV3, Severity.SEV1,
                "a patient was harmed", START.plusSeconds(60));
        String type = IncidentEventTypes.LANGUAGE.typeOf(SeverityChanged.class).orElseThrow().ceType();
        String eventId = UUID.randomUUID().toString();
        var record = TestEvents.record(incidentTopic(), eventId, type, raised.subject(), TestEvents.json(raised),
                TestUsers.COMMANDER);
        EVENTS.send(record);
        EVENTS.send(record); // redelivered
        awaitDeliveries(scheduler, "carl", incident.key(), 2, "DELIVERED");

        List<MimeMessage> mails = mailsAbout(incident.key());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("carl@vigil.local");
        assertThat(mail.getSubject()).contains("INC-2026-0701").contains("SEV3 → SEV1");
        assertThat(GreenMailUtil.getBody(mail)).contains("INC-2026-0701").contains("severity changed from SEV3 to SEV1")
                .contains("a patient was harmed");

        List<Receiver.Received> hooks = hooksAbout(incident.key(), "carl");
        assertThat(hooks).hasSize(1);
        Receiver.Received hook = hooks.getFirst();
        assertThat(verifies(secret, hook.headers(), hook.body())).isTrue();
        assertThat(verifies(secret, hook.headers(), hook.body().replace("SEV1", "SEV4"))).isFalse();
        assertThat(Long.parseLong(hook.headers().get("webhook-timestamp"))).isEqualTo(clock.instant().getEpochSecond());
        JsonNode payload = JSON.readTree(hook.body());
        assertThat(payload.get("type").asString()).isEqualTo("vigil.severity_changed");
        assertThat(payload.get("data").get("incidentKey").asString()).isEqualTo("INC-2026-0701");
        assertThat(payload.get("data").get("factEventId").asString()).isEqualTo(eventId);
        assertThat(hook.headers().get("webhook-id")).isEqualTo(payload.get("data").get("messageId").asString());

        // the same fact replayed past the platform's record of it: still one message
        jdbc.sql("delete from consumed_event where event_id = :id").param("id", eventId).update();
        EVENTS.send(record);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from consumed_event where event_id = :id").param("id", eventId)
                .query(Long.class).single() >= 1);
        scheduler.checkNow();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(mailsAbout(incident.key())).hasSize(1);
            assertThat(hooksAbout(incident.key(), "carl")).hasSize(1);
        });
        assertThat(deliveries("carl", incident.key())).hasSize(2);

        // below the subscription's severity: nothing
        IncidentDeclared minor = incident("INC-2026-0702", Severity.SEV4, false);
        declare(minor);
        EVENTS.publish(incidentTopic(), IncidentEventTypes.LANGUAGE, new SeverityChanged(minor.incidentId(),
                Severity.SEV4, Severity.SEV3, "more users", START.plusSeconds(90)), TestUsers.COMMANDER);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select severity from message_incident where incident_id = :id").param("id", minor.incidentId())
                .query(String.class).single().equals("SEV3"));
        assertThat(deliveries("ada", minor.key())).isEmpty();

        // the log: carl's own; rita sees none of them; the auditor all
        assertThat(deliveries("rita", incident.key())).isEmpty();
        assertThat(deliveries("aldo", incident.key())).hasSize(2);
        JsonNode delivered = deliveries("carl", incident.key()).getFirst();
        assertThat(delivered.get("attempts").get(0).get("delivered").asBoolean()).isTrue();
        awaitPublished(incident.incidentId(), List.of("vigil.notification.MessageDelivered.v1"));
    }

    @Test
    @Order(4)
    void a_target_that_became_internal_is_refused_at_delivery() {
        subscribe("cora", Map.of("facts", List.of("STATUS_CHANGED"), "webhookUrl", HOOKS.url("cora")));
        assertThat(as("ada").send("PUT", "/api/webhook-allow-list", Map.of("entries", List.of("10.0.0.0/8"),
                "reason", "the receiver moves away")).status()).isEqualTo(200);
        IncidentDeclared incident = incident("INC-2026-0703", Severity.SEV2, false);
        declare(incident);
        EVENTS.publish(incidentTopic(), IncidentEventTypes.LANGUAGE, new IncidentStatusChanged(incident.incidentId(),
                IncidentStatus.DECLARED, IncidentStatus.INVESTIGATING, "triage done", START.plusSeconds(30)),
                TestUsers.COMMANDER);
        awaitDeliveries(scheduler, "cora", incident.key(), 1, "FAILED");
        JsonNode failed = deliveries("cora", incident.key()).getFirst();
        assertThat(failed.get("attempts")).hasSize(1);
        assertThat(failed.get("attempts").get(0).get("error").asString()).contains("refused").contains("loopback");
        assertThat(hooksAbout(incident.key(), "cora")).isEmpty();
        awaitPublished(incident.incidentId(), List.of("vigil.notification.MessageDeliveryFailed.v1"));
    }

    @Test
    @Order(5)
    void the_owner_of_an_overdue_action_item_is_reminded_at_their_directory_address() throws Exception {
        IncidentDeclared incident = incident("INC-2026-0704", Severity.SEV2, false);
        declare(incident);
        as("paul").get("/api/regimes"); // paul signs in once: paul@vigil.local
        EVENTS.publish(properties.kafka().topic(Topics.REVIEW), ReviewEventTypes.LANGUAGE, new ActionItemOverdue(
                UUID.randomUUID(), UUID.randomUUID(), incident.incidentId(), "Add dosage guardrail", "paul", "safety",
                START.minusSeconds(60), 0, START), "system");
        awaitDeliveries(scheduler, "paul", incident.key(), 1, "DELIVERED");
        List<MimeMessage> mails = mailsAbout(incident.key());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getAllRecipients()[0].toString()).isEqualTo("paul@vigil.local");
        assertThat(GreenMailUtil.getBody(mails.getFirst())).contains("Add dosage guardrail").contains("you own it");
    }

    @Test
    @Order(7)
    void a_restricted_incident_is_told_only_to_subscribers_who_may_know_it() {
        subscribe("rita", Map.of("facts", List.of("DECLARED"), "webhookUrl", HOOKS.url("rita")));
        subscribe("cora", Map.of("facts", List.of("DECLARED"), "webhookUrl", HOOKS.url("cora")));
        IncidentDeclared secret = incident("INC-2026-0706", Severity.SEV2, true);
        declare(secret);
        awaitDeliveries(scheduler, "cora", secret.key(), 1, "DELIVERED");
        assertThat(hooksAbout(secret.key(), "cora")).hasSize(1);
        assertThat(deliveries("aldo", secret.key())).hasSize(1);
        assertThat(hooksAbout(secret.key(), "rita")).isEmpty();
    }

    @Test
    @Order(6)
    void the_api_description_lists_every_route() {
        var response = as("rita").get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        for (String path : List.of("/api/org-profile", "/api/regimes", "/api/incidents/{id}/determinations",
                "/api/obligations", "/api/incidents/{id}/obligations", "/api/obligations/{id}/not-applicable",
                "/api/obligations/{id}/stages/{stage}/drafts", "/api/drafts/{id}", "/api/drafts/{id}/approval",
                "/api/drafts/{id}/submission", "/api/drafts/{id}/acknowledgement", "/api/drafts/{id}/export",
                "/api/subscriptions", "/api/subscriptions/{id}", "/api/deliveries", "/api/deliveries/{id}",
                "/api/people", "/api/people/{subject}", "/api/webhook-allow-list", "/api/incidents")) {
            assertThat(paths.has(path)).as(path + " in " + paths.propertyNames()).isTrue();
        }
        assertThat(paths.get("/api/subscriptions/{id}").has("delete")).isTrue();
        assertThat(paths.get("/api/people/{subject}").has("put")).isTrue();
    }

    /** Last: it stops the context's scheduler, as a restart would. */
    @Test
    @Order(9)
    void a_failed_webhook_is_retried_with_back_off_across_a_restart() {
        subscribe("rosa", Map.of("facts", List.of("DECLARED"), "categories", List.of("HIGH_STAKES_HALLUCINATION"),
                "webhookUrl", HOOKS.url("rosa")));
        HOOKS.script.computeIfAbsent("rosa", k -> new ConcurrentLinkedQueue<>()).add(503);
        IncidentDeclared incident = incident("INC-2026-0705", Severity.SEV2, false);
        declare(incident);
        awaitDeliveries(scheduler, "rosa", incident.key(), 1, "RETRYING");
        JsonNode retrying = deliveries("rosa", incident.key()).getFirst();
        assertThat(retrying.get("attempts").get(0).get("responseCode").asInt()).isEqualTo(503);
        assertThat(Instant.parse(retrying.get("nextAttemptAt").asString())).isEqualTo(clock.instant().plusSeconds(60));

        scheduler.stop();
        PersistentScheduler restarted = new PersistentScheduler(dataSource, tasks, clock, Duration.ofHours(1));
        restarted.start();
        try {
            clock.advance(Duration.ofSeconds(30));
            restarted.checkNow();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(hooksAbout(incident.key(), "rosa")).hasSize(1));
            clock.advance(Duration.ofSeconds(31));
            awaitDeliveries(restarted, "rosa", incident.key(), 1, "DELIVERED");
        } finally {
            restarted.stop();
        }
        List<Receiver.Received> hooks = hooksAbout(incident.key(), "rosa");
        assertThat(hooks).hasSize(2);
        assertThat(hooks.get(0).headers().get("webhook-id")).isEqualTo(hooks.get(1).headers().get("webhook-id"));
        JsonNode delivered = deliveries("rosa", incident.key()).getFirst();
        assertThat(delivered.get("attempts")).hasSize(2);
        assertThat(delivered.get("attempts").get(1).get("responseCode").asInt()).isEqualTo(200);
        awaitPublished(incident.incidentId(), List.of("vigil.notification.MessageDeliveryFailed.v1",
                "vigil.notification.MessageDelivered.v1"));
    }

    void awaitPublished(UUID incidentId, List<String> expected) {
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "messages-api-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(properties.kafka().topic(Topics.NOTIFICATION)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    String payload = new String(record.value(), StandardCharsets.UTF_8);
                    if (payload.contains("\"incidentId\":\"" + incidentId + "\"")) {
                        types.add(new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(),
                                StandardCharsets.UTF_8));
                    }
                });
                assertThat(types).containsAll(expected);
            });
        }
    }
}
