package dev.vigil.platform.problem;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a problem+json body straight to a servlet response, for the layers in front of Spring MVC
 * (security, the firewall, the container's error pages, the body-size filter): the same members
 * {@link ProblemResponses} gives, serialised by the JSON library, never by concatenation.
 */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    /** The problem as the members of its JSON object, in RFC 9457 order, then {@code extra}. */
    public static Map<String, Object> body(HttpStatus status, String type, String title, String detail,
                                           Map<String, ?> extra) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemResponses.TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.putAll(extra);
        return problem;
    }

    public static void write(HttpServletResponse response, HttpStatus status, String type, String title,
                             String detail) throws IOException {
        write(response, status, type, title, detail, Map.of());
    }

    public static void write(HttpServletResponse response, HttpStatus status, String type, String title,
                             String detail, Map<String, ?> extra) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] bytes = JSON.writeValueAsBytes(body(status, type, title, detail, extra));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}
