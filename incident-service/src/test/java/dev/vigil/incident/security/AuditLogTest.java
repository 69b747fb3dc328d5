package dev.vigil.incident.security;

import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.incident.api.IncidentDeclarationApiTest;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log tells exactly who did what, when, to which record, from the event store. */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
class AuditLogTest {

    @LocalServerPort
    int port;

    String declare(String user, String correlation, boolean restricted) {
        Map<String, Object> body = IncidentDeclarationApiTest.declaration();
        body.put("restricted", restricted);
        var response = ApiClient.as(user, port).post("/api/incidents", body, Map.of("X-Correlation-Id", correlation));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    @Test
    void a_scripted_sequence_of_commands_appears_exactly_in_the_audit_log() {
        String a = declare(TestUsers.COMMANDER, "script-1", false);
        String b = declare(TestUsers.RESPONDER, "script-2", true);
        String c = declare(TestUsers.ADMIN, "script-3", false);

        JsonNode page = ApiClient.as(TestUsers.AUDITOR, port).get("/api/audit").json();

        assertThat(page.get("total").asLong()).isEqualTo(3);
        List<String> lines = new ArrayList<>();
        page.get("items").forEach(e -> lines.add(String.join(" | ",
                e.get("actor").get("subject").asString(),
                e.get("actor").get("roles").toString(),
                e.get("action").asString(),
                e.get("recordType").asString(),
                e.get("recordId").asString(),
                e.get("sequence").asString(),
                e.get("correlationId").asString())));
        assertThat(lines).containsExactly(
                "carl | [\"INCIDENT_COMMANDER\"] | IncidentDeclared | Incident | " + a + " | 0 | script-1",
                "rita | [\"RESPONDER\"] | IncidentDeclared | Incident | " + b + " | 0 | script-2",
                "ada | [\"ADMIN\"] | IncidentDeclared | Incident | " + c + " | 0 | script-3");
        page.get("items").forEach(e -> assertThat(e.get("time").asString()).isNotBlank());
    }

    @Test
    void the_audit_log_filters_by_actor_and_record_and_is_for_auditors_and_admins_only() {
        String mine = declare(TestUsers.RESPONDER, "filter-1", false);
        declare(TestUsers.COMMANDER, "filter-2", false);

        var byActor = ApiClient.as(TestUsers.ADMIN, port).get("/api/audit?actor=" + TestUsers.RESPONDER + "&size=200").json();
        byActor.get("items").forEach(e -> assertThat(e.get("actor").get("subject").asString()).isEqualTo(TestUsers.RESPONDER));
        var byRecord = ApiClient.as(TestUsers.AUDITOR, port).get("/api/audit?recordId=" + mine).json();
        assertThat(byRecord.get("total").asLong()).isEqualTo(1);
        assertThat(byRecord.get("items").get(0).get("correlationId").asString()).isEqualTo("filter-1");

        assertThat(ApiClient.as(TestUsers.COMMITTEE, port).get("/api/audit").status()).isEqualTo(403);
        assertThat(ApiClient.as(TestUsers.AUDITOR, port).get("/api/audit?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")
                .status()).isEqualTo(400);
        assertThat(ApiClient.as(TestUsers.AUDITOR, port).get("/api/audit?from=yesterday").status()).isEqualTo(400);
    }
}
