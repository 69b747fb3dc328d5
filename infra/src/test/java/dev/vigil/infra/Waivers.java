package dev.vigil.infra;

import dev.vigil.platform.test.TestUsers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting up governance through policy-service's REST API, as a policy owner would. */
final class Waivers {

    private Waivers() {
    }

    /**
     * Records the AI system, a runtime-guardrail control under a new policy, and a low-rated waiver of
     * that control for the system, requested by a responder and approved by the policy owner; returns
     * the waiver's id.
     */
    static String approvedWaiver(RunningPlatform platform, Map<String, Object> system, String controlId) {
        var paul = platform.as(TestUsers.POLICY_OWNER, VigilService.POLICY);
        var recorded = paul.post("/api/systems", system);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String policy = paul.post("/api/policies", Map.of("title", "Runtime guardrails", "level", "PRINCIPLE",
                "ownerSubject", "paul", "reviewCadenceMonths", 12)).json().get("id").asString();
        assertThat(paul.post("/api/controls", Map.of("id", controlId, "policyId", policy, "title", "Human in the loop",
                "objective", "A person decides what the system may not", "layer", "RUNTIME_GUARDRAILS",
                "evidenceExpected", "Guardrail configuration")).status()).isEqualTo(201);
        var requested = platform.as(TestUsers.RESPONDER, VigilService.POLICY).post("/api/exceptions", Map.of(
                "controlIds", List.of(controlId), "systemIds", List.of(system.get("id")), "scope", "Night shift",
                "justification", "The humans in the loop are not staffed at night", "ownerSubject", "rita",
                "requestedExpiry", Instant.now().plus(Duration.ofDays(20)).toString(), "likelihood", 1, "impact", 2));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String exception = requested.json().get("id").asString();
        var approved = paul.post("/api/exceptions/" + exception + "/approvals", Map.of());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        return exception;
    }
}
