package dev.vigil.platform.test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain HTTP client for a service under test, acting as one of the {@link TestUsers}. Every answer
 * is checked against the OpenAPI document the service serves ({@link ServedApiDocument}), if it serves
 * one: a status, header or body the document does not describe fails the test that received it
 * (turn off with {@code -Dvigil.test.check-responses=false} while chasing something else).
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final boolean CHECK_RESPONSES =
            !"false".equals(System.getProperty("vigil.test.check-responses"));

    private final int port;
    private final String baseUrl;
    private final String authorization;
    private final boolean checked;

    private ApiClient(int port, String authorization, boolean checked) {
        this.port = port;
        this.baseUrl = "http://localhost:" + port;
        this.authorization = authorization;
        this.checked = checked && CHECK_RESPONSES;
    }

    public static ApiClient as(String user, int port) {
        return new ApiClient(port, basic(user), true);
    }

    /** As {@code user}, without checking answers against the served document (to read the document itself). */
    public static ApiClient unchecked(String user, int port) {
        return new ApiClient(port, basic(user), false);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8));
    }

    public static ApiClient bearer(String token, int port) {
        return new ApiClient(port, "Bearer " + token, true);
    }

    /** As a user with a password that is not theirs. */
    public static ApiClient withWrongPassword(String user, int port) {
        return new ApiClient(port, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":not-" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8)), true);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null, true);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** GET with extra headers, e.g. Accept. */
    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path);
        headers.forEach(builder::header);
        return send(builder.GET());
    }

    /** Opens a Server-Sent Events stream; the caller reads its lines and closes it. */
    public java.util.stream.Stream<String> stream(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).timeout(Duration.ofMinutes(2)).header("Accept", "text/event-stream");
        headers.forEach(builder::header);
        try {
            HttpResponse<java.util.stream.Stream<String>> response =
                    HTTP.send(builder.GET().build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("stream answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        headers.forEach(builder::header);
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method, for routes a test walks generically. */
    public Response send(String method, String path, Object body) {
        if ("GET".equals(method)) {
            return get(path);
        }
        String json = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (checked) {
                checkAgainstDocument(request, response);
            }
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location"), response.headers().firstValue("ETag"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails when the answer is not what the service's own document says this operation answers. */
    private void checkAgainstDocument(HttpRequest request, HttpResponse<String> response) {
        String path = request.uri().getRawPath();
        if (path.equals(ServedApiDocument.PATH)) {
            return;
        }
        ServedApiDocument.of(port).ifPresent(document -> {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
            List<String> problems = document.check(request.method(), path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), headers, response.body());
            if (!problems.isEmpty()) {
                throw new AssertionError("The answer to " + request.method() + " " + path + " (" + response.statusCode()
                        + ") is not what the service's OpenAPI document says:\n  " + String.join("\n  ", problems)
                        + "\nbody: " + response.body());
            }
        });
    }

    /** Status, content type, Location and body of one response. */
    public record Response(int status, String contentType, Optional<String> location, Optional<String> etag,
                           String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
