package dev.vigil.platform.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** Builds Vigil's problem+json bodies (RFC 9457): a type per kind of problem, and the broken rules. */
public final class ProblemResponses {

    public static final String TYPE_BASE = "https://vigil.dev/problems/";

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail withViolations(HttpStatus status, String type, String title,
                                               List<FieldViolation> violations) {
        ProblemDetail problem = problem(status, type, title, InvalidInputException.describe(violations));
        problem.setProperty("errors", violations);
        return problem;
    }

    /**
     * The type of a problem that only its status tells (the container's and Spring MVC's own refusals):
     * the same names the handlers use where a status has one.
     */
    public static String typeFor(int status) {
        return switch (status) {
            case 400 -> "invalid-input";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "stale-version";
            case 413 -> "body-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 422 -> "rule-violation";
            case 431 -> "headers-too-large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "http-" + status;
        };
    }
}
