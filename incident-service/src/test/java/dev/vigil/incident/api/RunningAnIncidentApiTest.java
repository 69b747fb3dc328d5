package dev.vigil.incident.api;

import dev.vigil.incident.FixedClockConfiguration;
import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A commander runs a whole incident through the REST API, and the API holds its rules. */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
@Import(FixedClockConfiguration.class)
class RunningAnIncidentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient as(String user) {
        return ApiClient.as(user, port);
    }

    String declare(String user, boolean restricted) {
        Map<String, Object> body = IncidentDeclarationApiTest.declaration();
        body.put("restricted", restricted);
        var r = as(user).post("/api/incidents", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    JsonNode ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    long events(String id) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void a_commander_runs_an_incident_from_declaration_to_resolution_and_the_timeline_tells_the_story() {
        String id = declare(TestUsers.RESPONDER, false);
        ApiClient carl = as(TestUsers.COMMANDER);
        String path = "/api/incidents/" + id;

        ok(carl.post(path + "/commander", Map.of("subject", "carl", "name", "Carl Commander")));
        ok(carl.post(path + "/severity", Map.of("severity", "SEV1", "reason", "A minor was harmed")));
        ok(carl.post(path + "/status", Map.of("status", "INVESTIGATING")));
        ok(carl.post(path + "/roles", Map.of("role", "SCRIBE", "subject", "rita", "name", "Rita Responder")));
        ok(carl.post(path + "/roles", Map.of("role", "TECH_LEAD", "subject", "tess", "name", "Tess Tech")));
        Map<String, Object> killSwitch = new HashMap<>();
        killSwitch.put("kind", "KILL_SWITCH");
        killSwitch.put("decision", "Disable medication dosage answers");
        killSwitch.put("rationale", "Stops further harm while we investigate");
        killSwitch.put("alternatives", List.of("Prompt patch", "Take the whole bot offline"));
        killSwitch.put("killSwitchScope", "FEATURE");
        killSwitch.put("killSwitchTarget", "dosage-answers");
        killSwitch.put("reversible", true);
        ok(carl.post(path + "/decisions", killSwitch));
        ok(carl.post(path + "/updates", Map.of("audience", "EXTERNAL", "text", "We paused a feature of our support bot.")));
        ok(as(TestUsers.RESPONDER).post(path + "/notes", Map.of("text", "Prompt that triggered it found in logs")));
        Map<String, Object> impact = new HashMap<>();
        impact.put("realisation", "INCIDENT");
        impact.put("harmClasses", List.of("HEALTH"));
        impact.put("peopleAffected", 3);
        impact.put("minorsAffected", true);
        impact.put("protectedGroupsAffected", false);
        impact.put("personalDataInvolved", false);
        impact.put("deathsOrSeriousInjuries", 0);
        impact.put("criticalInfrastructureDisruption", false);
        impact.put("sector", "health");
        impact.put("developer", "Acme AI");
        impact.put("deployer", "Acme Support");
        ok(carl.post(path + "/impact", Map.of("assessment", impact, "reason", "First count from support logs")));
        ok(carl.post(path + "/status", Map.of("status", "CONTAINED")));
        ok(as(TestUsers.ADMIN).post(path + "/commander", Map.of("subject", "iris", "name", "Iris Commander")));
        JsonNode resolved = ok(carl.post(path + "/status", Map.of("status", "RESOLVED", "reason", "Fix deployed")));

        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("severity").asString()).isEqualTo("SEV1");
        assertThat(resolved.get("commander").get("subject").asString()).isEqualTo("iris");
        assertThat(resolved.get("roles").get("SCRIBE").get("subject").asString()).isEqualTo("rita");
        assertThat(resolved.get("decisions").get(0).get("killSwitchScope").asString()).isEqualTo("FEATURE");
        assertThat(resolved.get("impact").get("assessment").get("peopleAffected").asInt()).isEqualTo(3);
        assertThat(resolved.get("times").get("acknowledgedAt").isNull()).isFalse();
        assertThat(resolved.get("times").get("timeToContainSeconds").isNumber()).isTrue();
        assertThat(resolved.get("version").asLong()).isEqualTo(12);

        JsonNode timeline = ok(as(TestUsers.AUDITOR).get(path + "/timeline"));
        List<String> story = new ArrayList<>();
        timeline.forEach(e -> story.add(e.get("actor").asString() + ": " + e.get("line").asString()));
        assertThat(story).containsExactly(
                "rita: Declared " + resolved.get("key").asString() + " (SEV2, HIGH_STAKES_HALLUCINATION) on support-bot 2026-10-01: Support bot gave dosage advice to a minor",
                "carl: Carl Commander (carl) took command",
                "carl: Severity SEV2 → SEV1: A minor was harmed",
                "carl: Status DECLARED → INVESTIGATING",
                "carl: Rita Responder (rita) is SCRIBE",
                "carl: Tess Tech (tess) is TECH_LEAD",
                "carl: Decision (kill switch, FEATURE dosage-answers, reversible): Disable medication dosage answers — because Stops further harm while we investigate; alternatives weighed: Prompt patch; Take the whole bot offline",
                "carl: Update (EXTERNAL): We paused a feature of our support bot.",
                "rita: Note: Prompt that triggered it found in logs",
                "carl: Impact assessment revision 1: INCIDENT [HEALTH], 3 people affected — First count from support logs",
                "carl: Status INVESTIGATING → CONTAINED",
                "ada: Command handed over from Carl Commander (carl) to Iris Commander (iris)",
                "carl: Status CONTAINED → RESOLVED: Fix deployed");
    }

    @Test
    void an_illegal_move_gets_409_naming_the_allowed_moves_and_records_nothing() {
        String id = declare(TestUsers.COMMANDER, false);
        long before = events(id);

        var r = as(TestUsers.COMMANDER).post("/api/incidents/" + id + "/status", Map.of("status", "RESOLVED"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).endsWith("/invalid-transition");
        assertThat(r.json().get("allowed").get(0).asString()).isEqualTo("INVESTIGATING");
        assertThat(events(id)).isEqualTo(before);
    }

    @Test
    void a_stale_if_match_gets_412_and_only_one_of_two_racing_commanders_wins() throws Exception {
        String id = declare(TestUsers.COMMANDER, false);
        var current = as(TestUsers.COMMANDER).get("/api/incidents/" + id);
        String etag = current.etag().orElseThrow();
        assertThat(etag).isEqualTo("\"0\"");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> racers = List.of(
                    () -> as(TestUsers.COMMANDER).post("/api/incidents/" + id + "/severity",
                            Map.of("severity", "SEV1", "reason", "Carl says so"), Map.of("If-Match", etag)).status(),
                    () -> as(TestUsers.ADMIN).post("/api/incidents/" + id + "/severity",
                            Map.of("severity", "SEV3", "reason", "Ada says so"), Map.of("If-Match", etag)).status());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(racers)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(events(id)).isEqualTo(2);
        var stale = as(TestUsers.COMMANDER).post("/api/incidents/" + id + "/status", Map.of("status", "INVESTIGATING"),
                Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).endsWith("/stale-version");
        assertThat(events(id)).isEqualTo(2);
        // a stale version is answered 412 before any rule is weighed (SEV-whatever "again" would be 422)
        String now = as(TestUsers.COMMANDER).get("/api/incidents/" + id).json().get("severity").asString();
        assertThat(as(TestUsers.COMMANDER).post("/api/incidents/" + id + "/severity", Map.of("severity", now, "reason", "x"),
                Map.of("If-Match", etag)).status()).isEqualTo(412);
        var fresh = as(TestUsers.COMMANDER).post("/api/incidents/" + id + "/status", Map.of("status", "INVESTIGATING"),
                Map.of("If-Match", "\"1\""));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.etag()).contains("\"2\"");
    }

    @Test
    void concurrent_severity_changes_without_if_match_are_all_kept_in_order() throws Exception {
        String id = declare(TestUsers.COMMANDER, false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> changes = new ArrayList<>();
            for (String severity : List.of("SEV1", "SEV4", "SEV3", "SEV1")) {
                changes.add(() -> as(TestUsers.COMMANDER).post("/api/incidents/" + id + "/severity",
                        Map.of("severity", severity, "reason", "to " + severity)).status());
            }
            for (Future<Integer> f : pool.invokeAll(changes)) {
                assertThat(f.get()).isIn(200, 422); // 422 only when the severity already was that one
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode history = as(TestUsers.COMMANDER).get("/api/incidents/" + id).json().get("severityHistory");
        String previous = "SEV2";
        for (JsonNode change : history) {
            assertThat(change.get("from").asString()).isEqualTo(previous);
            previous = change.get("to").asString();
        }
        assertThat(as(TestUsers.COMMANDER).get("/api/incidents/" + id).json().get("severity").asString()).isEqualTo(previous);
    }

    @Test
    void the_incident_as_it_stood_at_three_instants() {
        String id = declare(TestUsers.COMMANDER, false);
        String path = "/api/incidents/" + id;
        ok(as(TestUsers.COMMANDER).post(path + "/severity", Map.of("severity", "SEV1", "reason", "worse")));
        ok(as(TestUsers.COMMANDER).post(path + "/status", Map.of("status", "INVESTIGATING")));
        JsonNode timeline = ok(as(TestUsers.COMMANDER).get(path + "/timeline"));
        List<String> times = new ArrayList<>();
        timeline.forEach(e -> times.add(e.get("time").asString()));

        JsonNode first = ok(as(TestUsers.COMMANDER).get(path + "?asOf=" + times.get(0)));
        JsonNode second = ok(as(TestUsers.COMMANDER).get(path + "?asOf=" + times.get(1)));
        JsonNode third = ok(as(TestUsers.COMMANDER).get(path + "?asOf=" + times.get(2)));

        assertThat(List.of(first.get("severity").asString(), first.get("status").asString(), first.get("version").asString()))
                .containsExactly("SEV2", "DECLARED", "0");
        assertThat(List.of(second.get("severity").asString(), second.get("status").asString(), second.get("version").asString()))
                .containsExactly("SEV1", "DECLARED", "1");
        assertThat(List.of(third.get("severity").asString(), third.get("status").asString(), third.get("version").asString()))
                .containsExactly("SEV1", "INVESTIGATING", "2");
        assertThat(as(TestUsers.COMMANDER).get(path + "?asOf=2000-01-01T00:00:00Z").status()).isEqualTo(404);
        assertThat(as(TestUsers.COMMANDER).get(path + "?asOf=soon").status()).isEqualTo(400);
    }

    @Test
    void search_filters_by_status_severity_system_category_jurisdiction_time_and_text() {
        Map<String, Object> other = IncidentDeclarationApiTest.declaration();
        other.put("title", "Recommender amplified self-harm content");
        other.put("systemId", "feed-ranker");
        other.put("category", "HARMFUL_CONTENT");
        other.put("severity", "SEV3");
        other.put("jurisdictions", List.of("GB"));
        String feed = as(TestUsers.COMMANDER).post("/api/incidents", other).json().get("key").asString();
        String bot = as(TestUsers.COMMANDER).post("/api/incidents", IncidentDeclarationApiTest.declaration()).json().get("key").asString();

        assertThat(keys("systemId=feed-ranker")).contains(feed).doesNotContain(bot);
        assertThat(keys("category=HARMFUL_CONTENT&severity=SEV3")).contains(feed).doesNotContain(bot);
        assertThat(keys("jurisdiction=GB")).contains(feed).doesNotContain(bot);
        assertThat(keys("q=self-harm")).containsExactly(feed);
        assertThat(keys("status=DECLARED&jurisdiction=US-CA")).contains(bot).doesNotContain(feed);
        assertThat(keys("declaredFrom=2026-11-20T10:00:00Z&declaredTo=2026-11-20T10:00:01Z")).contains(feed, bot);
        assertThat(keys("declaredTo=2026-11-20T09:00:00Z")).isEmpty();
        List<String> ascending = keys("sort=key&size=200");
        assertThat(ascending).isSorted();
        assertThat(as(TestUsers.COMMANDER).get("/api/incidents?sort=title").status()).isEqualTo(400);
        assertThat(as(TestUsers.COMMANDER).get("/api/incidents?severity=SEV0").status()).isEqualTo(400);
    }

    List<String> keys(String query) {
        JsonNode page = ok(as(TestUsers.COMMANDER).get("/api/incidents?" + query));
        List<String> keys = new ArrayList<>();
        page.get("items").forEach(i -> keys.add(i.get("key").asString()));
        return keys;
    }

    @Test
    void bad_input_on_every_endpoint_gets_a_problem_naming_the_field_and_records_nothing() {
        String id = declare(TestUsers.COMMANDER, false);
        String path = "/api/incidents/" + id;
        long before = events(id);
        record Case(String endpoint, Object body, int status, String field) {
        }
        List<Case> cases = List.of(
                new Case("/severity", Map.of("reason", "x"), 400, "severity"),
                new Case("/severity", Map.of("severity", "SEV1"), 400, "reason"),
                new Case("/severity", Map.of("severity", "HIGH", "reason", "x"), 400, "severity"),
                new Case("/severity", Map.of("severity", "SEV1", "reason", "x", "changedBy", "ada"), 400, "changedBy"),
                new Case("/status", Map.of(), 400, "status"),
                new Case("/status", Map.of("status", "DONE"), 400, "status"),
                new Case("/commander", Map.of("name", "No Subject"), 400, "commander"),
                new Case("/roles", Map.of("subject", "rita"), 400, "role"),
                new Case("/roles", Map.of("role", "JESTER", "subject", "rita"), 400, "role"),
                new Case("/participants", Map.of("subject", ""), 400, "participant.subject"),
                new Case("/impact", Map.of("reason", "x"), 400, "assessment"),
                new Case("/impact", Map.of("assessment", Map.of("realisation", "INCIDENT", "peopleAffected", "many"),
                        "reason", "x"), 400, "assessment.peopleAffected"),
                new Case("/decisions", Map.of("kind", "GENERAL", "rationale", "x"), 400, "decision"),
                new Case("/decisions", Map.of("kind", "KILL_SWITCH", "decision", "d", "rationale", "r"), 400, "killSwitchScope"),
                new Case("/decisions", Map.of("kind", "ROLLBACK", "decision", "d", "rationale", "r", "reversible", true),
                        400, "rollbackToModelVersion"),
                new Case("/updates", Map.of("text", "x"), 400, "audience"),
                new Case("/updates", Map.of("audience", "EVERYONE", "text", "x"), 400, "audience"),
                new Case("/notes", Map.of("text", " "), 400, "text"),
                new Case("/notes", "{\"text\": ", 400, "body"),
                new Case("/severity", Map.of("severity", "SEV2", "reason", "same"), 422, "severity"));
        for (Case c : cases) {
            var r = as(TestUsers.COMMANDER).post(path + c.endpoint(), c.body());
            assertThat(r.status()).as(c + " -> " + r).isEqualTo(c.status());
            assertThat(r.contentType()).as(c.toString()).startsWith("application/problem+json");
            Set<String> fields = new HashSet<>(r.json().get("errors").findValuesAsString("field"));
            assertThat(fields).as(c + " -> " + r).contains(c.field());
        }
        var badMatch = as(TestUsers.COMMANDER).post(path + "/status", Map.of("status", "INVESTIGATING"), Map.of("If-Match", "v1"));
        assertThat(badMatch.status()).isEqualTo(400);
        assertThat(badMatch.json().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
        assertThat(as(TestUsers.COMMANDER).post("/api/incidents/INC-1999-0009/severity",
                Map.of("severity", "SEV1", "reason", "x")).status()).isEqualTo(404);
        assertThat(as(TestUsers.COMMANDER).get(path + "/timeline?format=pdf").status()).isEqualTo(400);
        assertThat(events(id)).isEqualTo(before);
    }

    @Test
    void a_restricted_incident_is_404_on_every_route_until_they_join_and_visible_once_they_do() {
        String id = declare(TestUsers.COMMANDER, true);
        String key = as(TestUsers.COMMANDER).get("/api/incidents/" + id).json().get("key").asString();
        assertThat(key).startsWith("RST-2026-"); // a series of its own: INC keys show no gap for it
        ApiClient rita = as(TestUsers.RESPONDER);
        List<String> reads = List.of("/api/incidents/" + id, "/api/incidents/" + key, "/api/incidents/" + id + "/timeline",
                "/api/incidents/" + id + "/timeline?format=csv", "/api/incidents/" + id + "/timeline?format=md",
                "/api/incidents/" + id + "?asOf=2030-01-01T00:00:00Z");
        for (String read : reads) {
            assertThat(rita.get(read).status()).as(read).isEqualTo(404);
        }
        assertThat(rita.get("/api/incidents/" + id + "/timeline/stream").status()).isEqualTo(404);
        assertThat(rita.post("/api/incidents/" + id + "/notes", Map.of("text", "x")).status()).isEqualTo(404);
        assertThat(keysAs(rita, "q=" + key)).isEmpty();
        // a commander outside the incident is no exception
        assertThat(as(TestUsers.ADMIN).get("/api/incidents/" + id).status()).isEqualTo(200);

        ok(as(TestUsers.COMMANDER).post("/api/incidents/" + id + "/participants", Map.of("subject", "rita", "name", "Rita")));

        for (String read : reads) {
            assertThat(rita.get(read).status()).as(read).isEqualTo(200);
        }
        assertThat(keysAs(rita, "q=" + key)).containsExactly(key);
        assertThat(rita.post("/api/incidents/" + id + "/notes", Map.of("text", "I see it now")).status()).isEqualTo(200);

        ok(as(TestUsers.COMMANDER).send("DELETE", "/api/incidents/" + id + "/participants/rita", null));
        assertThat(rita.get("/api/incidents/" + id).status()).isEqualTo(404);
    }

    List<String> keysAs(ApiClient client, String query) {
        JsonNode page = ok(client.get("/api/incidents?" + query));
        List<String> keys = new ArrayList<>();
        page.get("items").forEach(i -> keys.add(i.get("key").asString()));
        return keys;
    }
}
