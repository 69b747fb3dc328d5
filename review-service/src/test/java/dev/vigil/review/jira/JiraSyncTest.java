package dev.vigil.review.jira;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.MutableClock;
import dev.vigil.platform.test.VigilTest;
import dev.vigil.review.ReviewServiceApplication;
import dev.vigil.review.jira.FakeJira.Issue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two-way Jira sync against a stub of Jira (WireMock, an in-memory Jira behind it), every request and answer
 * checked against the OpenAPI excerpt of Atlassian's specification: one issue per item however often the sync
 * runs; Vigil's changes pushed, status through transitions; Jira's changes taken over from a webhook (re-read from
 * Jira) or, missed, by the poll; no echo of Vigil's own change; 429 with Retry-After, an outage and a lost answer
 * recovered without losing or doubling anything; a conflict resolved by an admin's resync.
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ReviewServiceApplication.CONFIG, "vigil.scheduling.polling-interval=1h"})
@Import(JiraSyncTest.Time.class)
class JiraSyncTest {

    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SECRET = "whs3cret-4c1d";
    static final FakeJira FAKE = new FakeJira();
    static final WireMockServer JIRA = new WireMockServer(options().dynamicPort().http2PlainDisabled(true)
            .extensions(FAKE));
    static final JiraContract CONTRACT = new JiraContract();

    static {
        JIRA.start();
        // the stub's first answer is slow (server start-up, class loading): not in a test's time
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + JIRA.port()
                    + "/__admin/mappings")).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Issues Jira holds for the item (by its label): exactly one, however often the sync ran. */
    static long issuesOf(String item) {
        return FAKE.issues.values().stream().filter(i -> i.labels().contains("vigil-" + item)).count();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    @DynamicPropertySource
    static void jira(DynamicPropertyRegistry registry) {
        registry.add("vigil.jira.site-url", () -> "http://localhost:" + JIRA.port());
        registry.add("vigil.jira.project-key", () -> "SAFE");
        registry.add("vigil.jira.email", () -> "vigil-bot@example.org");
        registry.add("vigil.jira.api-token", () -> "atl-token-123");
        registry.add("vigil.jira.webhook-secret", () -> SECRET);
        registry.add("vigil.jira.public-url", () -> "https://vigil.example.org/review");
        registry.add("vigil.jira.poll-overlap", () -> "PT1M");
        registry.add("vigil.jira.timeout", () -> "PT5S");
        registry.add("vigil.jira.accounts.rita", () -> "5b10ac8d82e05b22cc7d4ef5");
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    PersistentScheduler scheduler;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    List<Task<?>> tasks;

    @BeforeEach
    void freshJira() {
        FAKE.clock = clock::instant;
        JIRA.resetRequests();
        JIRA.resetMappings();
        JIRA.stubFor(any(urlPathMatching("/rest/api/3/.*")).atPriority(10)
                .willReturn(aResponse().withTransformers(FakeJira.NAME)));
    }

    /** Every exchange with the stub, against the Jira OpenAPI excerpt. */
    @AfterEach
    void everyRequestFollowedTheJiraContract() {
        List<String> problems = new ArrayList<>();
        List<ServeEvent> events = JIRA.getAllServeEvents();
        for (ServeEvent event : events) {
            problems.addAll(CONTRACT.check(event.getRequest(), event.getResponse()));
        }
        assertThat(problems).as("requests and answers outside the Jira contract").isEmpty();
    }

    @AfterAll
    static void stop() {
        JIRA.stop();
    }

    ApiClient as(String user) {
        return ApiClient.as(user, port);
    }

    /** A hazard review (so no incident is needed) with one action item owned by rita; the item's id. */
    String item(String title, String dueDate) {
        String review = as("rosa").post("/api/reviews", Map.of("title", "Near miss: " + title, "systemId", "support-bot",
                "severity", "SEV2")).json().get("id").asString();
        var created = as("rosa").post("/api/reviews/" + review + "/action-items", Map.of("title", title,
                "ownerSubject", "rita", "ownerName", "Rita Responder", "team", "Safety evals", "type", "PREVENT",
                "priority", "HIGH", "dueDate", dueDate));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    JsonNode jira(String item) {
        return as("rosa").get("/api/action-items/" + item).json().get("jira");
    }

    String state(String item) {
        JsonNode jira = jira(item);
        return jira == null || jira.isNull() ? null : jira.get("state").asString();
    }

    /** Waits for {@code condition}, letting the scheduler look for due work each time. */
    void until(Callable<Boolean> condition) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            scheduler.checkNow();
            return condition.call();
        });
    }

    String synced(String item) {
        until(() -> "SYNCED".equals(state(item)));
        return jira(item).get("issueKey").asString();
    }

    /** The item's version: the sequence number of its last event. */
    long version(String item) {
        return as("rosa").get("/api/action-items/" + item).json().get("version").asLong();
    }

    int requests(String method, String pathRegex) {
        return (int) JIRA.getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().getName().equals(method)
                && URI.create(e.getRequest().getUrl()).getPath().matches(pathRegex)).count();
    }

    HttpResponse<String> webhook(String secret, String delivery, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/integrations/jira/webhook" + (secret == null ? "" : "?secret=" + secret)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (delivery != null) {
            request.header("X-Atlassian-Webhook-Identifier", delivery);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String issueUpdated(String key, String summary) {
        return "{\"timestamp\":1764000000000,\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":\"" + key
                + "\",\"fields\":{\"summary\":\"" + summary + "\",\"labels\":[\"vigil\"]}}}";
    }

    @Test
    void a_new_item_creates_one_jira_issue_with_its_link_back_and_keeps_it_however_often_the_sync_runs() {
        String item = item("Evaluate answers to users who say they are minors", "2026-12-20");
        String key = synced(item);
        Issue issue = FAKE.issues.get(key);
        assertThat(issue.summary()).isEqualTo("Evaluate answers to users who say they are minors");
        assertThat(issue.dueDate()).isEqualTo("2026-12-20");
        assertThat(issue.labels()).containsExactly("vigil", "vigil-" + item);
        assertThat(issue.fields.path("priority").path("name").asString()).isEqualTo("High");
        assertThat(issue.fields.path("issuetype").path("name").asString()).isEqualTo("Task");
        assertThat(issue.fields.path("assignee").path("accountId").asString()).isEqualTo("5b10ac8d82e05b22cc7d4ef5");
        assertThat(issue.fields.path("description").toString()).contains("\"type\":\"doc\"",
                "https://vigil.example.org/review/api/action-items/" + item, "Rita Responder");
        JsonNode jira = jira(item);
        assertThat(jira.get("issueUrl").asString()).isEqualTo("http://localhost:" + JIRA.port() + "/browse/" + key);
        assertThat(jira.get("agreed").get("statusName").asString()).isEqualTo("To Do");

        // the sync runs again (a redelivered webhook, a poll, a second instance): still one issue, nothing recorded
        long before = version(item);
        for (int i = 0; i < 3; i++) {
            scheduler.schedule(JiraWork.sync(item + "@again@" + i), clock.instant());
        }
        until(() -> requests("GET", "/rest/api/3/issue/" + key) >= 4);
        assertThat(issuesOf(item)).isEqualTo(1);
        assertThat(version(item)).isEqualTo(before);
    }

    @Test
    void a_lost_answer_to_the_create_is_retried_and_links_the_issue_jira_made_rather_than_making_a_second() {
        FAKE.loseNextCreateAnswer.set(true);
        String item = item("Alert on dosage answers", "2026-12-21");
        until(() -> "FAILED".equals(state(item)));
        assertThat(jira(item).get("lastError").asString()).contains("504");
        assertThat(issuesOf(item)).isEqualTo(1);

        // the pending work is in the database: a scheduler started afresh (a restart) finds it and finishes it
        clock.advance(Duration.ofSeconds(31));
        PersistentScheduler restarted = new PersistentScheduler(dataSource, tasks, clock, Duration.ofHours(1));
        restarted.start();
        try {
            await().atMost(WAIT).until(() -> {
                restarted.checkNow();
                return "SYNCED".equals(state(item));
            });
        } finally {
            restarted.stop();
        }
        assertThat(issuesOf(item)).isEqualTo(1);
        assertThat(jira(item).get("issueKey").asString()).isEqualTo(FAKE.issues.values().stream()
                .filter(i -> i.labels().contains("vigil-" + item)).findFirst().orElseThrow().key);
        assertThat(requests("POST", "/rest/api/3/search/jql")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void vigils_changes_are_pushed_the_status_through_the_issues_transitions() {
        String item = item("Add a runbook", "2026-12-22");
        String key = synced(item);
        String path = "/api/action-items/" + item;
        assertThat(as("rita").post(path + "/due-date", Map.of("dueDate", "2027-01-15", "reason", "vendor late")).status())
                .isEqualTo(200);
        until(() -> "2027-01-15".equals(FAKE.issues.get(key).dueDate()) && "SYNCED".equals(state(item)));
        assertThat(as("rita").post(path + "/status", Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);
        until(() -> "In Progress".equals(FAKE.issues.get(key).status()) && "SYNCED".equals(state(item)));
        assertThat(requests("GET", "/rest/api/3/issue/" + key + "/transitions")).isEqualTo(1);
        assertThat(requests("POST", "/rest/api/3/issue/" + key + "/transitions")).isEqualTo(1);
        assertThat(issuesOf(item)).isEqualTo(1);
    }

    @Test
    void a_webhook_about_a_change_vigil_made_adds_no_fact() throws Exception {
        String item = item("Tighten the dosage filter", "2026-12-23");
        String key = synced(item);
        assertThat(as("rita").post("/api/action-items/" + item + "/status", Map.of("status", "IN_PROGRESS")).status())
                .isEqualTo(200);
        until(() -> "In Progress".equals(FAKE.issues.get(key).status()) && "SYNCED".equals(state(item)));
        JsonNode itemBefore = as("rosa").get("/api/action-items/" + item).json();
        int reads = requests("GET", "/rest/api/3/issue/" + key);

        // Jira tells Vigil about the transition Vigil made
        assertThat(webhook(SECRET, "d-echo-1", issueUpdated(key, "Tighten the dosage filter")).statusCode()).isEqualTo(202);
        until(() -> requests("GET", "/rest/api/3/issue/" + key) > reads);
        JsonNode itemAfter = as("rosa").get("/api/action-items/" + item).json();
        assertThat(itemAfter.get("version")).isEqualTo(itemBefore.get("version"));
        assertThat(itemAfter.get("history")).isEqualTo(itemBefore.get("history"));
    }

    @Test
    void a_change_in_jira_comes_back_by_webhook_read_from_jira_and_done_awaits_evidence_and_verification()
            throws Exception {
        String item = item("Add a minors eval", "2026-12-24");
        String key = synced(item);
        clock.advance(Duration.ofMinutes(1));
        FAKE.edit(key, "Add a minors eval to the release gate", null, "31");

        // the body says something else: it only names the issue, which is read from Jira
        var accepted = webhook(SECRET, "d-1", issueUpdated(key, "Something the body made up"));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        until(() -> "DONE".equals(as("rosa").get("/api/action-items/" + item).json().get("status").asString())
                && "SYNCED".equals(state(item)));
        JsonNode done = as("rosa").get("/api/action-items/" + item).json();
        assertThat(done.get("title").asString()).isEqualTo("Add a minors eval to the release gate");
        JsonNode step = done.get("history").get(done.get("history").size() - 1);
        assertThat(step.get("to").asString()).isEqualTo("DONE");
        assertThat(step.get("by").get("subject").asString()).isEqualTo("jira");
        assertThat(step.get("reason").asString()).contains("awaiting evidence and verification");

        // the same delivery again is dropped
        var again = webhook(SECRET, "d-1", issueUpdated(key, "Something the body made up"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("duplicate");

        // never VERIFIED from Jira: the committee verifies, after the owner's evidence
        String path = "/api/action-items/" + item;
        assertThat(as("cora").post(path + "/verification", Map.of("outcome", "VERIFIED")).status()).isEqualTo(422);
        assertThat(as("rita").post(path + "/evidence", Map.of("text", "Gate runs the eval",
                "links", List.of("https://git.example.org/evals/pull/7"))).status()).isEqualTo(200);
        assertThat(as("cora").post(path + "/verification", Map.of("outcome", "VERIFIED")).json().get("status").asString())
                .isEqualTo("VERIFIED");
    }

    @Test
    void a_webhook_with_a_wrong_or_no_secret_is_refused_and_records_nothing() throws Exception {
        String item = item("Rate-limit the endpoint", "2026-12-26");
        String key = synced(item);
        long before = version(item);
        int deliveries = jdbc.sql("select count(*) from jira_webhook_delivery").query(Integer.class).single();
        var wrong = webhook("not-the-secret", "d-bad", issueUpdated(key, "x"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(webhook(null, "d-bad", issueUpdated(key, "x")).statusCode()).isEqualTo(401);
        assertThat(version(item)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from jira_webhook_delivery").query(Integer.class).single())
                .isEqualTo(deliveries);
        assertThat(JiraController.sameSecret(SECRET, SECRET)).isTrue();
        assertThat(JiraController.sameSecret(SECRET + "x", SECRET)).isFalse();
    }

    @Test
    void a_change_in_jira_whose_webhook_was_missed_is_caught_up_by_the_poll() {
        String item = item("Monitor refusals", "2026-12-28");
        String key = synced(item);
        clock.advance(Duration.ofMinutes(2));
        FAKE.edit(key, null, "2027-01-08", null);
        int searches = requests("POST", "/rest/api/3/search/jql");

        // no webhook; the poll comes round
        clock.advance(Duration.ofMinutes(6));
        until(() -> "2027-01-08".equals(as("rosa").get("/api/action-items/" + item).json().get("dueDate").asString())
                && "SYNCED".equals(state(item)));
        JsonNode moved = as("rosa").get("/api/action-items/" + item).json();
        assertThat(moved.get("slips").asInt()).isEqualTo(1);
        assertThat(moved.get("dueDateChanges").get(0).get("reason").asString()).isEqualTo("changed in Jira " + key);
        assertThat(requests("POST", "/rest/api/3/search/jql")).isGreaterThan(searches);

        // the next poll searches from the stored watermark (the last poll's time, less the overlap)
        Instant lastPoll = Instant.parse(as("ada").get("/api/integrations/jira").json().get("lastPoll").asString());
        clock.advance(Duration.ofMinutes(6));
        String since = JiraPoll.JQL_TIME.format(lastPoll.minus(Duration.ofMinutes(1)));
        until(() -> JIRA.getAllServeEvents().stream().map(e -> e.getRequest().getBodyAsString())
                .anyMatch(b -> b.contains("updated >= \\\"" + since + "\\\"")));
        assertThat(JIRA.getAllServeEvents().stream().map(e -> e.getRequest().getBodyAsString())
                .filter(b -> b.contains("updated >="))).allSatisfy(b -> assertThat(b).contains("project = \\\"SAFE\\\"",
                "labels = \\\"vigil\\\""));
    }

    @Test
    void a_429_is_honoured_for_as_long_as_retry_after_says_then_the_change_goes_through() {
        String item = item("Escalate dosage questions", "2026-12-29");
        String key = synced(item);
        StubMapping throttled = JIRA.stubFor(WireMock.put(urlPathMatching("/rest/api/3/issue/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                        .withHeader("Content-Type", "application/json").withBody("{\"errorMessages\":[\"Rate limit\"]}")));
        assertThat(as("rita").post("/api/action-items/" + item + "/due-date",
                Map.of("dueDate", "2027-01-10", "reason", "holidays")).status()).isEqualTo(200);
        until(() -> "FAILED".equals(state(item)));
        JsonNode failed = jira(item);
        assertThat(failed.get("lastError").asString()).contains("429");
        assertThat(Instant.parse(failed.get("retryAt").asString())).isEqualTo(clock.instant().plusSeconds(120));
        JIRA.removeStub(throttled);

        int puts = requests("PUT", "/rest/api/3/issue/" + key);
        clock.advance(Duration.ofSeconds(60));
        scheduler.checkNow();
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> requests("PUT", "/rest/api/3/issue/" + key) == puts);
        clock.advance(Duration.ofSeconds(61));
        until(() -> "SYNCED".equals(state(item)));
        assertThat(FAKE.issues.get(key).dueDate()).isEqualTo("2027-01-10");
    }

    @Test
    void jira_down_or_slow_loses_nothing_the_change_waits_and_goes_through_when_jira_is_back() {
        StubMapping down = JIRA.stubFor(any(urlPathMatching("/rest/api/3/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        String item = item("Review prompts", "2026-12-30");
        until(() -> "FAILED".equals(state(item)));
        assertThat(jira(item).get("failures").asInt()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(31));
        until(() -> jira(item).get("failures").asInt() == 2);
        assertThat(jira(item).get("lastError").asString()).contains("503");
        assertThat(as("rosa").get("/api/action-items?sync=FAILED").body()).contains(item);

        // slow: the call times out, and that too is a failure that is tried again
        JIRA.removeStub(down);
        StubMapping slow = JIRA.stubFor(any(urlPathMatching("/rest/api/3/.*")).atPriority(1)
                .willReturn(aResponse().withFixedDelay(6000).withStatus(200).withBody("{}")));
        clock.advance(Duration.ofSeconds(61));
        until(() -> jira(item).get("failures").asInt() == 3);
        assertThat(jira(item).get("lastError").asString()).contains("did not answer");
        JIRA.removeStub(slow);

        clock.advance(Duration.ofMinutes(2));
        String key = synced(item);
        assertThat(FAKE.issues.get(key).labels()).contains("vigil-" + item);
        assertThat(issuesOf(item)).isEqualTo(1);
        JsonNode counts = as("ada").get("/api/integrations/jira").json();
        assertThat(counts.get("items").get("SYNCED").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void changes_on_both_sides_are_a_conflict_until_an_admin_resyncs_with_vigils_values() {
        String item = item("Retrain the classifier", "2027-01-05");
        String key = synced(item);
        StubMapping down = JIRA.stubFor(any(urlPathMatching("/rest/api/3/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        var moved = as("rita").post("/api/action-items/" + item + "/due-date", Map.of("dueDate", "2027-01-20",
                "reason", "data late"));
        assertThat(moved.json().get("jira").get("state").asString()).isEqualTo("PENDING");
        until(() -> "FAILED".equals(state(item)));
        FAKE.edit(key, null, "2027-02-01", null);
        JIRA.removeStub(down);
        clock.advance(Duration.ofSeconds(31));
        until(() -> "CONFLICT".equals(state(item)));
        assertThat(jira(item).get("conflictFields")).hasSize(1);
        assertThat(jira(item).get("conflictFields").get(0).asString()).isEqualTo("duedate");
        assertThat(as("rosa").get("/api/action-items?sync=CONFLICT").body()).contains(item);
        assertThat(FAKE.issues.get(key).dueDate()).isEqualTo("2027-02-01");

        assertThat(as("cora").post("/api/action-items/" + item + "/jira/resync", Map.of()).status()).isEqualTo(403);
        var resync = as("ada").post("/api/action-items/" + item + "/jira/resync", Map.of());
        assertThat(resync.status()).as(resync.toString()).isEqualTo(202);
        until(() -> "SYNCED".equals(state(item)));
        assertThat(FAKE.issues.get(key).dueDate()).isEqualTo("2027-01-20");
        assertThat(as("ada").post("/api/action-items/00000000-0000-4000-8000-000000000000/jira/resync", Map.of())
                .status()).isEqualTo(404);
    }

    @Test
    void the_integration_shows_its_settings_without_the_token_and_the_sync_counts() {
        item("Count me", "2027-01-06");
        JsonNode status = as("ada").get("/api/integrations/jira").json();
        assertThat(status.get("enabled").asBoolean()).isTrue();
        assertThat(status.get("projectKey").asString()).isEqualTo("SAFE");
        assertThat(status.get("apiTokenSet").asBoolean()).isTrue();
        assertThat(status.toString()).doesNotContain("atl-token-123").doesNotContain(SECRET);
        assertThat(status.get("items").isObject()).isTrue();
        assertThat(as("rita").get("/api/integrations/jira").status()).isEqualTo(403);
    }

    @Test
    void the_contract_check_can_fail() {
        var bad = new com.atlassian.oai.validator.model.SimpleRequest.Builder("POST", "/rest/api/3/issue/SAFE-1/transitions")
                .withHeader("Authorization", "Basic eDp5").withContentType("application/json")
                .withBody("{\"transition\":\"31\"}").build();
        assertThat(CONTRACT.checkRequest(bad)).isNotEmpty();
        var unknown = new com.atlassian.oai.validator.model.SimpleRequest.Builder("DELETE", "/rest/api/3/issue/SAFE-1")
                .withHeader("Authorization", "Basic eDp5").build();
        assertThat(CONTRACT.checkRequest(unknown)).isNotEmpty();
    }
}
