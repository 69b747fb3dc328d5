package dev.vigil.infra;

import dev.vigil.platform.test.TestInfrastructure;
import dev.vigil.platform.test.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * policy-service and incident-service through Kafka: an incident shows its system's class from the
 * inventory, and an incident on a system under a waiver shows the governance signal on its timeline.
 */
class GovernanceAcrossServicesTest {

    @Test
    void an_incident_on_an_excepted_system_shows_the_signal_on_its_timeline_and_its_systems_class() {
        try (RunningPlatform platform = new RunningPlatform(TestInfrastructure.get().kafkaBootstrapServers(), "governance",
                Map.of())) {
            platform.start(VigilService.INCIDENT, VigilService.POLICY);
            var paul = platform.as(TestUsers.POLICY_OWNER, VigilService.POLICY);
            Map<String, Object> system = new HashMap<>(Map.of("id", "refund-agent", "name", "Refund agent",
                    "purpose", "Issues refunds", "ownerSubject", "olga", "lifecycle", "DEPLOYED",
                    "roles", List.of("DEPLOYER"), "riskClass", "HIGH_RISK", "annexIIIArea", "5(b)",
                    "reason", "Inventory"));
            String exception = Waivers.approvedWaiver(platform, system, "CTL-GR-01");

            var carl = platform.as(TestUsers.COMMANDER, VigilService.INCIDENT);
            Map<String, Object> declaration = Declarations.declaration("Refund agent paid twice", false);
            String now = Instant.now().toString(); // after the approval: the waiver was in force when it occurred
            declaration.put("occurredAt", now);
            declaration.put("detectedAt", now);
            declaration.put("awareAt", now);
            String incident = carl.post("/api/incidents", declaration).json().get("id").asString();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(carl.get("/api/incidents/" + incident + "/timeline").json().toString())
                        .contains("IncidentOnExceptedSystem");
                assertThat(carl.get("/api/incidents/" + incident).json().get("system").get("riskClass").asString())
                        .isEqualTo("HIGH_RISK");
            });
            assertThat(paul.get("/api/exceptions/" + exception).json().get("incidents").toString()).contains(incident);
        }
    }
}
