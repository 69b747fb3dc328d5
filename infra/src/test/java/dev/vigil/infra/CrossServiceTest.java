package dev.vigil.infra;

import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.vigil.infra.Declarations.declaration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** All four services against one broker: a declaration travels from incident-service to the others. */
class CrossServiceTest {

    static RunningPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = new RunningPlatform(TestInfrastructure.get().kafkaBootstrapServers(), "cross", Map.of())
                .start(VigilService.values());
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    void a_declared_incident_is_readable_from_review_and_notification_services_within_seconds() {
        var declared = platform.as(TestUsers.COMMANDER, VigilService.INCIDENT)
                .post("/api/incidents", declaration("Refund agent acted outside its mandate", false));
        assertThat(declared.status()).isEqualTo(201);
        String id = declared.json().get("id").asString();
        String key = declared.json().get("key").asString();

        for (VigilService reader : new VigilService[]{VigilService.REVIEW, VigilService.NOTIFICATION, VigilService.POLICY}) {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                var seen = platform.as(TestUsers.REVIEWER, reader).get("/api/incidents/" + id);
                assertThat(seen.status()).as(reader + " " + seen).isEqualTo(200);
            });
            var seen = platform.as(TestUsers.COMPLIANCE, reader).get("/api/incidents/" + key).json();
            assertThat(seen.get("id").asString()).isEqualTo(id);
            assertThat(seen.get("title").asString()).isEqualTo("Refund agent acted outside its mandate");
            assertThat(seen.get("declaredBy").asString()).isEqualTo(TestUsers.COMMANDER);
            assertThat(seen.get("awareAt").asString()).isEqualTo("2026-11-20T08:05:00Z");
        }
    }

    @Test
    void a_restricted_incident_stays_hidden_in_other_services_from_those_without_need_to_know() {
        var declared = platform.as(TestUsers.COMMANDER, VigilService.INCIDENT)
                .post("/api/incidents", declaration("Jailbreak exposed restricted capability", true));
        String id = declared.json().get("id").asString();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(platform.as(TestUsers.COMMITTEE, VigilService.REVIEW).get("/api/incidents/" + id).status())
                        .isEqualTo(200));
        assertThat(platform.as(TestUsers.REVIEWER, VigilService.REVIEW).get("/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(platform.as(TestUsers.RESPONDER, VigilService.INCIDENT).get("/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(platform.as(TestUsers.COMMANDER, VigilService.NOTIFICATION).get("/api/incidents/" + id).status())
                .isEqualTo(200);

        var joined = platform.as(TestUsers.COMMANDER, VigilService.INCIDENT).post("/api/incidents/" + id + "/participants",
                java.util.Map.of("subject", TestUsers.REVIEWER, "name", "Rosa Reviewer"));
        assertThat(joined.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(platform.as(TestUsers.REVIEWER, VigilService.REVIEW).get("/api/incidents/" + id).status())
                        .isEqualTo(200));
        assertThat(platform.as(TestUsers.RESPONDER, VigilService.REVIEW).get("/api/incidents/" + id).status()).isEqualTo(404);
    }

    @Test
    void severity_and_status_changes_reach_the_other_services() {
        var declared = platform.as(TestUsers.COMMANDER, VigilService.INCIDENT)
                .post("/api/incidents", declaration("Model rollback needed", false));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        String id = declared.json().get("id").asString();
        platform.as(TestUsers.COMMANDER, VigilService.INCIDENT).post("/api/incidents/" + id + "/severity",
                java.util.Map.of("severity", "SEV1", "reason", "regulator asked"));
        platform.as(TestUsers.COMMANDER, VigilService.INCIDENT).post("/api/incidents/" + id + "/status",
                java.util.Map.of("status", "INVESTIGATING"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var response = platform.as(TestUsers.COMPLIANCE, VigilService.NOTIFICATION).get("/api/incidents/" + id);
            assertThat(response.status()).isEqualTo(200);
            var seen = response.json();
            assertThat(seen.get("severity").asString()).isEqualTo("SEV1");
            assertThat(seen.get("status").asString()).isEqualTo("INVESTIGATING");
        });
    }
}
