package dev.vigil.incident.systems;

import dev.vigil.contracts.governance.OrganisationRole;
import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.contracts.policy.AiSystemRecorded;
import dev.vigil.contracts.policy.PolicyEventTypes;
import dev.vigil.incident.FixedClockConfiguration;
import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.incident.api.IncidentDeclarationApiTest;
import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestEvents;
import dev.vigil.platform.test.VigilTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An incident shows what the inventory says of its AI system, and is flagged, not refused, when it names an unknown one. */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
@Import(FixedClockConfiguration.class)
class SystemOnRecordTest {

    @LocalServerPort
    int port;
    @Autowired
    VigilProperties properties;

    @Test
    void an_incident_shows_its_systems_risk_class_and_one_on_an_unknown_system_is_accepted_and_flagged() {
        ApiClient carl = ApiClient.as("carl", port);
        Map<String, Object> declaration = IncidentDeclarationApiTest.declaration();
        var declared = carl.post("/api/incidents", declaration);
        assertThat(declared.status()).isEqualTo(201);
        assertThat(declared.json().get("system").get("inInventory").asBoolean()).isFalse();

        try (TestEvents events = new TestEvents()) {
            events.publish(properties.kafka().topic(PolicyEventTypes.LANGUAGE.topic()), PolicyEventTypes.LANGUAGE,
                    recorded(1, RiskClass.LIMITED), "paul");
            events.publish(properties.kafka().topic(PolicyEventTypes.LANGUAGE.topic()), PolicyEventTypes.LANGUAGE,
                    recorded(2, RiskClass.HIGH_RISK), "paul");
        }
        String path = "/api/incidents/" + declared.json().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode system = carl.get(path).json().get("system");
            assertThat(system.get("inInventory").asBoolean()).isTrue();
            assertThat(system.get("riskClass").asString()).isEqualTo("HIGH_RISK");
        });
        assertThat(carl.get("/api/incidents?systemId=support-bot").json().get("items").get(0).get("system")
                .get("roles").get(0).asString()).isEqualTo("PROVIDER");
    }

    private static AiSystemRecorded recorded(int revision, RiskClass riskClass) {
        return new AiSystemRecorded("support-bot", revision, "Support bot", "DEPLOYED", Set.of(OrganisationRole.PROVIDER),
                riskClass, "5(b)", List.of("EU"), List.of(), "NONE", false, false, false, "olga", null, "test",
                Instant.parse("2026-11-20T09:00:00Z"));
    }
}
