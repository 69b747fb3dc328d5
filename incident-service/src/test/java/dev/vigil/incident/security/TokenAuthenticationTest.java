package dev.vigil.incident.security;

import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.incident.api.IncidentDeclarationApiTest;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestIssuer;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens from a real issuer (discovery document and JWKS served over HTTP, keys made here): only a
 * valid token for this audience, from this issuer, within its validity, signed by the issuer's
 * key, gets in; only a role lets it act; a refused request records nothing.
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        IncidentServiceApplication.CONFIG,
        "vigil.security.roles-claim=realm_access.roles",
        "vigil.security.role-mapping.vigil-commanders=INCIDENT_COMMANDER"})
@ExtendWith(OutputCaptureExtension.class)
class TokenAuthenticationTest {

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.get().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIssuer.AUDIENCE);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final TestIssuer issuer = TestIssuer.get();

    long storedEvents() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    int declareWith(String token) {
        return ApiClient.bearer(token, port).post("/api/incidents", IncidentDeclarationApiTest.declaration()).status();
    }

    @Test
    void a_valid_token_acts_as_its_subject_with_its_mapped_role() {
        String token = issuer.token("u-8841", "Iris Commander", List.of("vigil-commanders")).signed();

        var response = ApiClient.bearer(token, port).post("/api/incidents", IncidentDeclarationApiTest.declaration());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("declaredBy").get("subject").asString()).isEqualTo("u-8841");
        assertThat(response.json().get("declaredBy").get("name").asString()).isEqualTo("Iris Commander");
        var audit = ApiClient.as(TestUsers.AUDITOR, port).get("/api/audit?actor=u-8841").json().get("items").get(0);
        assertThat(audit.get("actor").get("displayName").asString()).isEqualTo("Iris Commander");
        assertThat(audit.get("actor").get("roles").get(0).asString()).isEqualTo("INCIDENT_COMMANDER");
    }

    @Test
    void with_a_role_mapping_an_unmapped_role_grants_nothing_even_if_named_like_a_vigil_role() {
        String token = issuer.token("u-1", "Rae", List.of("admin")).signed();
        assertThat(declareWith(token)).isEqualTo(403);
    }

    @Test
    void every_bad_token_is_refused_with_401_and_nothing_is_recorded(CapturedOutput output) {
        long before = storedEvents();
        List<String> commander = List.of("INCIDENT_COMMANDER");
        var tokens = List.of(
                issuer.token("u-2", "Wrong Issuer", commander).issuedBy("https://evil.example/realms/vigil").signed(),
                issuer.token("u-3", "Expired", commander).expired().signed(),
                issuer.token("u-4", "Too Early", commander).notYetValid().signed(),
                issuer.token("u-5", "Other Audience", commander).forAudience("some-other-api").signed(),
                issuer.token("u-6", "Unsigned", commander).unsigned(),
                issuer.token("u-7", "Forged", commander).signedByImpostor().signed(),
                "not-a-jwt");
        for (String token : tokens) {
            assertThat(declareWith(token)).as(token).isEqualTo(401);
            assertThat(ApiClient.bearer(token, port).get("/api/incidents").status()).isEqualTo(401);
        }
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(output).contains("Authentication failed: POST /api/incidents (token rejected: invalid_token)");
        for (String token : tokens) {
            assertThat(output).doesNotContain(token);
        }
    }

    @Test
    void a_valid_token_without_a_role_is_refused_with_403_and_nothing_is_recorded(CapturedOutput output) {
        long before = storedEvents();
        String token = issuer.token("u-9", "No Roles", List.of("marketing")).signed();

        assertThat(declareWith(token)).isEqualTo(403);
        assertThat(ApiClient.bearer(token, port).get("/api/incidents").status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(output).contains("Access denied: POST /api/incidents for u-9").doesNotContain(token);
    }

    @Test
    void a_wrong_password_is_refused_and_never_logged(CapturedOutput output) {
        var response = ApiClient.withWrongPassword(TestUsers.COMMANDER, port).get("/api/incidents");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(output).contains("Authentication failed: GET /api/incidents (BadCredentialsException)")
                .doesNotContain("not-" + TestUsers.password(TestUsers.COMMANDER));
    }
}
