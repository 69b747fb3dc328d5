package dev.vigil.platform.test;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every Vigil service answers to requests that never reach a controller: refused by the
 * security layer, by Spring Security's firewall or by the servlet container. Always
 * application/problem+json with a Vigil problem type and a 4xx status (never Tomcat's HTML, Boot's
 * JSON or a 500), and a challenge on 401. Run by each service's own test.
 */
public interface HttpErrorsContract {

    /** The port of the running service. */
    int port();

    /** A route of the service that every role may read. */
    default String aReadableRoute() {
        return "/api/incidents";
    }

    private static String basic(String user, String password) {
        return "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("https://vigil.dev/problems/" + type);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("title").asString()).isNotBlank();
    }

    @Test
    default void an_unauthenticated_request_is_challenged_and_answered_with_a_problem() {
        var answer = RawHttp.send(port(), "GET", aReadableRoute(), List.of());

        assertProblem(answer, 401, "unauthenticated");
        assertThat(answer.header("WWW-Authenticate")).contains("Basic realm=\"vigil\", charset=\"UTF-8\"");
    }

    @Test
    default void a_wrong_password_is_challenged_and_answered_with_a_problem() {
        var answer = RawHttp.send(port(), "GET", aReadableRoute(), List.of(basic(TestUsers.AUDITOR, "wrong")));

        assertProblem(answer, 401, "unauthenticated");
        assertThat(answer.header("WWW-Authenticate")).anyMatch(c -> c.startsWith("Basic realm=\"vigil\""));
    }

    @Test
    default void the_error_page_is_not_open_to_anyone() {
        assertProblem(RawHttp.send(port(), "GET", "/error", List.of()), 401, "unauthenticated");
        assertProblem(RawHttp.send(port(), "GET", "/error",
                List.of(basic(TestUsers.ADMIN, TestUsers.password(TestUsers.ADMIN)))), 403, "forbidden");
    }

    @Test
    default void a_double_slash_is_refused_with_a_problem() {
        assertProblem(RawHttp.send(port(), "GET", "/api//incidents",
                List.of(basic(TestUsers.AUDITOR, TestUsers.password(TestUsers.AUDITOR)))), 400, "request-rejected");
    }

    @Test
    default void a_path_parameter_is_refused_with_a_problem() {
        assertProblem(RawHttp.send(port(), "GET", aReadableRoute() + ";jsessionid=x",
                List.of(basic(TestUsers.AUDITOR, TestUsers.password(TestUsers.AUDITOR)))), 400, "request-rejected");
    }

    @Test
    default void an_encoded_slash_is_refused_with_a_problem() {
        var answer = RawHttp.send(port(), "GET", aReadableRoute() + "%2Fx",
                List.of(basic(TestUsers.AUDITOR, TestUsers.password(TestUsers.AUDITOR))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    }

    @Test
    default void a_uri_over_the_header_limit_is_refused_with_a_problem() {
        var answer = RawHttp.send(port(), "GET", aReadableRoute() + "?q=" + "x".repeat(9 * 1024),
                List.of(basic(TestUsers.AUDITOR, TestUsers.password(TestUsers.AUDITOR))));

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    }

    @Test
    default void a_malformed_header_is_refused_with_a_problem() {
        var answer = RawHttp.send(port(), "GET", aReadableRoute(),
                List.of(basic(TestUsers.AUDITOR, TestUsers.password(TestUsers.AUDITOR)), "Bad Header: x"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    }

    @Test
    default void a_control_character_in_a_header_value_is_refused_with_a_problem() {
        var answer = RawHttp.send(port(), "GET", aReadableRoute(),
                List.of(basic(TestUsers.AUDITOR, TestUsers.password(TestUsers.AUDITOR)), "X-Note: a\u0001b"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    }
}
