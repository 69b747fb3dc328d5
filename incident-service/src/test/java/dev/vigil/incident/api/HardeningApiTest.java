package dev.vigil.incident.api;

import dev.vigil.incident.FixedClockConfiguration;
import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.VigilTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a probe of the running service found, each refused as a client error that records nothing:
 * lenient JSON, control characters, numbers too large to be versions, huge lists and bodies.
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
@Import(FixedClockConfiguration.class)
class HardeningApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    @Test
    void lenient_json_is_refused_not_guessed() {
        ApiClient carl = ApiClient.as("carl", port);
        String valid = json(IncidentDeclarationApiTest.declaration());
        long before = events();
        // the last of two keys used to win: a restricted incident could be made public
        var duplicate = carl.post("/api/incidents", valid.replace("\"restricted\":false", "\"restricted\":true,\"restricted\":false"));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(400);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(carl.post("/api/incidents", valid.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":42")).status())
                .isEqualTo(400);
        assertThat(carl.post("/api/incidents", valid.replaceFirst("\"awareAt\":\"[^\"]*\"", "\"awareAt\":1763627400"))
                .status()).isEqualTo(400);
        var ancient = carl.post("/api/incidents", valid.replace("2026-11-20T07:00:00Z", "-999999999-01-01T00:00:00Z"));
        assertThat(ancient.status()).as(ancient.toString()).isEqualTo(422);
        assertThat(ancient.json().toString()).contains("not-before-1970");
        assertThat(events()).isEqualTo(before);

        String id = carl.post("/api/incidents", IncidentDeclarationApiTest.declaration()).json().get("id").asString();
        long declared = events();
        var fraction = carl.post("/api/incidents/" + id + "/impact", "{\"reason\":\"count\",\"assessment\":{"
                + "\"realisation\":\"INCIDENT\",\"harmClasses\":[],\"peopleAffected\":1.5,\"minorsAffected\":false,"
                + "\"protectedGroupsAffected\":false,\"personalDataInvolved\":false,\"deathsOrSeriousInjuries\":0,"
                + "\"criticalInfrastructureDisruption\":false}}");
        assertThat(fraction.status()).as(fraction.toString()).isEqualTo(400);
        assertThat(events()).isEqualTo(declared);
    }

    @Test
    void control_characters_huge_versions_and_huge_lists_are_client_errors() {
        ApiClient carl = ApiClient.as("carl", port);
        Map<String, Object> withNul = new HashMap<>(IncidentDeclarationApiTest.declaration());
        withNul.put("title", "Leak\u0000ed");
        var nul = carl.post("/api/incidents", withNul);
        assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
        assertThat(nul.json().toString()).contains("no-control-characters");

        String id = carl.post("/api/incidents", IncidentDeclarationApiTest.declaration()).json().get("id").asString();
        long before = events();
        var hugeVersion = carl.post("/api/incidents/" + id + "/severity", Map.of("severity", "SEV1", "reason", "r"),
                Map.of("If-Match", "\"12345678901234567890123\""));
        assertThat(hugeVersion.status()).as(hugeVersion.toString()).isEqualTo(400);
        try (var lines = carl.stream("/api/incidents/" + id + "/timeline/stream",
                Map.of("Last-Event-ID", "99999999999999999999999.99999999999999999999"))) {
            assertThat(lines.findFirst()).isPresent(); // answered with the whole timeline, not a 500
        }

        Map<String, Object> decision = new HashMap<>(Map.of("kind", "GENERAL", "decision", "d", "rationale", "r"));
        decision.put("alternatives", Collections.nCopies(21, "another way"));
        var tooMany = carl.post("/api/incidents/" + id + "/decisions", decision);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().toString()).contains("max-size");

        decision.put("alternatives", List.of("x".repeat(1_100_000)));
        var tooLarge = carl.post("/api/incidents/" + id + "/decisions", decision);
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.json().get("maxBytes").asLong()).isEqualTo(1_000_000);
        assertThat(events()).isEqualTo(before);
    }

    private static String json(Map<String, Object> body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
    }
}
