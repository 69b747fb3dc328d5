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
}
