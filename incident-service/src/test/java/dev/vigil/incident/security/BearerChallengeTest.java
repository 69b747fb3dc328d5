package dev.vigil.incident.security;

import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.platform.test.RawHttp;
import dev.vigil.platform.test.TestIssuer;
import dev.vigil.platform.test.TestUsers;
import dev.vigil.platform.test.VigilTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where tokens are accepted, a 401 challenges for a bearer token (RFC 6750), naming the token's
 * error when one was sent and refused; dev users (tests, dev stack) are offered Basic beside it.
 * Requests Spring MVC refuses carry Vigil's problem types too.
 */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
class BearerChallengeTest {

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.get().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIssuer.AUDIENCE);
    }

    @LocalServerPort
    int port;

    private final TestIssuer issuer = TestIssuer.get();

    private RawHttp.Answer read(List<String> headers) {
        return RawHttp.send(port, "GET", "/api/incidents", headers);
    }

    private static void assertUnauthenticatedProblem(RawHttp.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("https://vigil.dev/problems/unauthenticated");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void without_credentials_the_challenge_is_bearer_and_basic_for_dev_users() {
        var answer = read(List.of());

        assertUnauthenticatedProblem(answer);
        assertThat(answer.header("WWW-Authenticate"))
                .containsExactly("Bearer realm=\"vigil\"", "Basic realm=\"vigil\", charset=\"UTF-8\"");
    }

    @Test
    void an_expired_token_is_challenged_as_an_invalid_token() {
        String token = issuer.token("u-1", "Ivy", List.of("INCIDENT_COMMANDER")).expired().signed();

        var answer = read(List.of("Authorization: Bearer " + token));

        assertUnauthenticatedProblem(answer);
        assertThat(answer.header("WWW-Authenticate").getFirst())
                .startsWith("Bearer realm=\"vigil\", error=\"invalid_token\", error_description=\"");
        assertThat(answer.json().get("detail").asString()).contains("invalid_token");
    }

    @Test
    void an_unsigned_token_is_challenged_as_an_invalid_token() {
        String token = issuer.token("u-1", "Ivy", List.of("INCIDENT_COMMANDER")).unsigned();

        var answer = read(List.of("Authorization: Bearer " + token));

        assertUnauthenticatedProblem(answer);
        assertThat(answer.header("WWW-Authenticate").getFirst()).contains("error=\"invalid_token\"");
    }

    @Test
    void a_body_that_is_not_json_is_refused_as_an_unsupported_media_type() {
        String basic = Base64.getEncoder().encodeToString((TestUsers.COMMANDER + ":"
                + TestUsers.password(TestUsers.COMMANDER)).getBytes(StandardCharsets.UTF_8));
        var answer = RawHttp.send(port, "POST", "/api/incidents", List.of("Authorization: Basic " + basic,
                "Content-Type: text/plain", "Content-Length: 0"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type")).as(answer.toString()).isNotNull();
        assertThat(answer.json().get("type").asString()).isEqualTo("https://vigil.dev/problems/unsupported-media-type");
    }
}
