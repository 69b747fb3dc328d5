package dev.vigil.infra;

import dev.vigil.platform.test.ApiClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Declaring incidents through incident-service's REST API, as a commander would. */
final class Declarations {

    private Declarations() {
    }

    static Map<String, Object> declaration(String title, boolean restricted) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Agent executed a refund outside its mandate.");
        body.put("systemId", "refund-agent");
        body.put("modelVersion", "3.1.0");
        body.put("severity", "SEV2");
        body.put("category", "AGENTIC_MISBEHAVIOUR");
        body.put("detectionSource", "RUNTIME_MONITOR");
        body.put("detectedAt", "2026-11-20T08:00:00Z");
        body.put("awareAt", "2026-11-20T08:05:00Z");
        body.put("jurisdictions", List.of("EU"));
        body.put("restricted", restricted);
        return body;
    }

    /** Declares an incident and returns its human key. */
    static String declare(ApiClient commander, String title) {
        var response = commander.post("/api/incidents", declaration(title, false));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("key").asString();
    }
}
