package dev.vigil.review.jira;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A thin typed client of the few Jira Cloud REST API v3 operations the sync uses, on Spring's RestClient: create,
 * read and edit an issue, list and take its transitions, and search with JQL. Basic auth with the account's email
 * and API token. Every failure is a {@link JiraException} (with Jira's Retry-After when it throttles).
 */
class JiraClient {

    static final List<String> FIELDS = List.of("summary", "duedate", "status", "labels", "updated");

    /** An issue as the sync reads it. {@code statusCategory}: {@code new}, {@code indeterminate} or {@code done}. */
    record Issue(String key, String summary, LocalDate dueDate, String statusName, String statusCategory,
                 List<String> labels) {
    }

    /** A transition the issue offers now: to a status of a category. */
    record Transition(String id, String name, String toStatus, String toCategory) {
    }

    private final RestClient http;
    private final JsonMapper json;
    private final Clock clock;

    JiraClient(JiraSettings settings, JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout()).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(settings.timeout());
        String credentials = Base64.getEncoder().encodeToString((settings.email() + ":" + settings.apiToken())
                .getBytes(StandardCharsets.UTF_8));
        this.http = RestClient.builder().requestFactory(factory)
                .baseUrl(settings.siteUrl().toString().replaceAll("/+$", ""))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    /** {@code POST /rest/api/3/issue}: the new issue's key. */
    String create(Map<String, Object> fields) {
        JsonNode created = call("create issue", () -> http.post().uri("/rest/api/3/issue")
                .contentType(MediaType.APPLICATION_JSON).body(write(Map.of("fields", fields)))
                .retrieve().body(String.class));
        return created.get("key").asString();
    }

    /** {@code GET /rest/api/3/issue/{key}}: the issue as Jira has it now. */
    Issue get(String key) {
        JsonNode issue = call("read issue " + key, () -> http.get().uri("/rest/api/3/issue/{key}?fields={fields}", key,
                String.join(",", FIELDS)).retrieve().body(String.class));
        return issue(issue);
    }

    /** {@code PUT /rest/api/3/issue/{key}} with the fields to set. */
    void update(String key, Map<String, Object> fields) {
        call("edit issue " + key, () -> {
            http.put().uri("/rest/api/3/issue/{key}", key).contentType(MediaType.APPLICATION_JSON)
                    .body(write(Map.of("fields", fields))).retrieve().toBodilessEntity();
            return null;
        });
    }

    /** {@code GET /rest/api/3/issue/{key}/transitions}. */
    List<Transition> transitions(String key) {
        JsonNode answer = call("list transitions of " + key, () -> http.get().uri("/rest/api/3/issue/{key}/transitions", key)
                .retrieve().body(String.class));
        List<Transition> transitions = new ArrayList<>();
        for (JsonNode t : answer.path("transitions")) {
            transitions.add(new Transition(t.path("id").asString(), t.path("name").asString(),
                    t.path("to").path("name").asString(), t.path("to").path("statusCategory").path("key").asString()));
        }
        return transitions;
    }

    /** {@code POST /rest/api/3/issue/{key}/transitions}. */
    void transition(String key, String transitionId) {
        call("transition " + key, () -> {
            http.post().uri("/rest/api/3/issue/{key}/transitions", key).contentType(MediaType.APPLICATION_JSON)
                    .body(write(Map.of("transition", Map.of("id", transitionId)))).retrieve().toBodilessEntity();
            return null;
        });
    }

    /** {@code POST /rest/api/3/search/jql}: every issue matching, page by page. */
    List<Issue> search(String jql) {
        List<Issue> issues = new ArrayList<>();
        String page = null;
        do {
            ObjectNode body = json.createObjectNode();
            body.put("jql", jql);
            body.put("maxResults", 100);
            body.set("fields", json.valueToTree(FIELDS));
            if (page != null) {
                body.put("nextPageToken", page);
            }
            JsonNode answer = call("search", () -> http.post().uri("/rest/api/3/search/jql")
                    .contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body))
                    .retrieve().body(String.class));
            for (JsonNode issue : answer.path("issues")) {
                issues.add(issue(issue));
            }
            page = answer.path("isLast").asBoolean(true) || answer.path("nextPageToken").isMissingNode()
                    || answer.path("nextPageToken").isNull() ? null : answer.path("nextPageToken").asString();
        } while (page != null);
        return issues;
    }

    private Issue issue(JsonNode issue) {
        JsonNode fields = issue.path("fields");
        JsonNode due = fields.path("duedate");
        List<String> labels = new ArrayList<>();
        fields.path("labels").forEach(l -> labels.add(l.asString()));
        return new Issue(issue.path("key").asString(), fields.path("summary").asString(null),
                due.isMissingNode() || due.isNull() || due.asString().isBlank() ? null : LocalDate.parse(due.asString()),
                fields.path("status").path("name").asString(null),
                fields.path("status").path("statusCategory").path("key").asString(null), List.copyOf(labels));
    }

    private String write(Object body) {
        return json.writeValueAsString(body);
    }

    private JsonNode call(String what, Supplier<String> call) {
        try {
            String body = call.get();
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            String detail = e.getResponseBodyAsString();
            detail = detail.length() > 300 ? detail.substring(0, 300) + "…" : detail;
            throw new JiraException(what + ": Jira answered " + status.value() + (detail.isBlank() ? "" : " " + detail),
                    status.value(), retryAfter(e.getResponseHeaders()), e);
        } catch (ResourceAccessException e) {
            throw new JiraException(what + ": Jira did not answer (" + rootMessage(e) + ")", 0, null, e);
        }
    }

    /** Retry-After in seconds or as an HTTP date. */
    private Duration retryAfter(HttpHeaders headers) {
        String value = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(clock.instant(), ZonedDateTime.parse(value.strip(),
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (RuntimeException unparsable) {
                return null;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
