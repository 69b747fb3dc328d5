package dev.vigil.review.jira;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small in-memory Jira behind WireMock: the operations Vigil uses (create, read, edit, transitions, JQL search by
 * label or by update time), with a workflow To Do → In Progress → Done. Tests change issues "in Jira" with
 * {@link #edit}, and can make Jira lose the answer to the next create (the issue is made, the caller never hears).
 */
final class FakeJira implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-jira";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ISSUE = Pattern.compile("/rest/api/3/issue/([A-Z]+-\\d+)(/transitions)?");
    private static final Map<String, String[]> TRANSITIONS = Map.of("11", new String[]{"To Do", "new"},
            "21", new String[]{"In Progress", "indeterminate"}, "31", new String[]{"Done", "done"});

    static final class Issue {
        final String key;
        final ObjectNode fields;
        volatile Instant updated;

        Issue(String key, ObjectNode fields, Instant updated) {
            this.key = key;
            this.fields = fields;
            this.updated = updated;
        }

        String summary() {
            return fields.path("summary").asString();
        }

        String dueDate() {
            return fields.path("duedate").asString(null);
        }

        String status() {
            return fields.path("status").path("name").asString();
        }

        List<String> labels() {
            List<String> labels = new ArrayList<>();
            fields.path("labels").forEach(l -> labels.add(l.asString()));
            return labels;
        }
    }

    final Map<String, Issue> issues = new ConcurrentHashMap<>();
    final AtomicInteger creates = new AtomicInteger();
    final AtomicBoolean loseNextCreateAnswer = new AtomicBoolean();
    volatile Supplier<Instant> clock = Instant::now;

    void reset() {
        issues.clear();
        creates.set(0);
        loseNextCreateAnswer.set(false);
    }

    /** A change made in Jira by a person. */
    synchronized void edit(String key, String summary, String dueDate, String transitionId) {
        Issue issue = issues.get(key);
        if (summary != null) {
            issue.fields.put("summary", summary);
        }
        if (dueDate != null) {
            issue.fields.put("duedate", dueDate);
        }
        if (transitionId != null) {
            issue.fields.set("status", status(transitionId));
        }
        issue.updated = clock.get();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String path = request.getUrl().contains("?") ? request.getUrl().substring(0, request.getUrl().indexOf('?'))
                : request.getUrl();
        String method = request.getMethod().getName();
        if (method.equals("POST") && path.equals("/rest/api/3/issue")) {
            return create(JSON.readTree(request.getBodyAsString()));
        }
        if (method.equals("POST") && path.equals("/rest/api/3/search/jql")) {
            return search(JSON.readTree(request.getBodyAsString()));
        }
        Matcher m = ISSUE.matcher(path);
        if (!m.matches()) {
            return json(404, error("no such resource"));
        }
        Issue issue = issues.get(m.group(1));
        if (issue == null) {
            return json(404, error("Issue does not exist or you do not have permission to see it."));
        }
        boolean transitions = m.group(2) != null;
        if (method.equals("GET") && !transitions) {
            return json(200, issue(issue));
        }
        if (method.equals("PUT") && !transitions) {
            JsonNode fields = JSON.readTree(request.getBodyAsString()).path("fields");
            fields.properties().forEach(f -> issue.fields.set(f.getKey(), f.getValue()));
            issue.updated = clock.get();
            return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
        }
        if (method.equals("GET")) {
            ObjectNode answer = JSON.createObjectNode();
            var list = answer.putArray("transitions");
            TRANSITIONS.forEach((id, to) -> {
                ObjectNode t = list.addObject();
                t.put("id", id);
                t.put("name", to[0]);
                t.set("to", status(id));
            });
            return json(200, answer);
        }
        if (method.equals("POST")) {
            String id = JSON.readTree(request.getBodyAsString()).path("transition").path("id").asString();
            if (!TRANSITIONS.containsKey(id)) {
                return json(400, error("no transition " + id));
            }
            issue.fields.set("status", status(id));
            issue.updated = clock.get();
            return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
        }
        return json(405, error("not allowed"));
    }

    private ResponseDefinition create(JsonNode body) {
        ObjectNode fields = ((ObjectNode) body.path("fields")).deepCopy();
        if (fields.path("summary").asString("").isBlank() || !fields.path("project").has("key")) {
            return json(400, error("summary and project are required"));
        }
        String key = fields.path("project").path("key").asString() + "-" + (issues.size() + 1);
        fields.set("status", status("11"));
        issues.put(key, new Issue(key, fields, clock.get()));
        creates.incrementAndGet();
        if (loseNextCreateAnswer.getAndSet(false)) {
            return json(504, error("gateway timeout"));
        }
        ObjectNode created = JSON.createObjectNode();
        created.put("id", String.valueOf(10000 + issues.size()));
        created.put("key", key);
        created.put("self", "http://jira/rest/api/3/issue/" + key);
        return json(201, created);
    }

    private static final Pattern LABEL = Pattern.compile("labels = \"([^\"]+)\"");
    private static final Pattern PROJECT = Pattern.compile("project = \"([^\"]+)\"");
    private static final Pattern UPDATED = Pattern.compile("updated >= \"([^\"]+)\"");

    private ResponseDefinition search(JsonNode body) {
        String jql = body.path("jql").asString();
        Matcher label = LABEL.matcher(jql);
        Matcher project = PROJECT.matcher(jql);
        Matcher updated = UPDATED.matcher(jql);
        String wantedLabel = label.find() ? label.group(1) : null;
        String wantedProject = project.find() ? project.group(1) : null;
        Instant since = updated.find() ? LocalDateTime.parse(updated.group(1),
                DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")).toInstant(ZoneOffset.UTC) : null;
        ObjectNode answer = JSON.createObjectNode();
        var list = answer.putArray("issues");
        issues.values().stream()
                .filter(i -> wantedLabel == null || i.labels().contains(wantedLabel))
                .filter(i -> wantedProject == null || i.key.startsWith(wantedProject + "-"))
                .filter(i -> since == null || !i.updated.isBefore(since))
                .forEach(i -> list.add(issue(i)));
        answer.put("isLast", true);
        return json(200, answer);
    }

    private static ObjectNode issue(Issue issue) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", issue.key.replaceAll("\\D", ""));
        node.put("key", issue.key);
        node.put("self", "http://jira/rest/api/3/issue/" + issue.key);
        ObjectNode fields = node.putObject("fields");
        fields.put("summary", issue.summary());
        fields.set("duedate", issue.fields.path("duedate"));
        fields.set("status", issue.fields.path("status"));
        fields.set("labels", issue.fields.path("labels"));
        fields.put("updated", issue.updated.toString());
        return node;
    }

    private static ObjectNode status(String transitionId) {
        String[] to = TRANSITIONS.get(transitionId);
        ObjectNode status = JSON.createObjectNode();
        status.put("name", to[0]);
        status.put("id", transitionId);
        ObjectNode category = status.putObject("statusCategory");
        category.put("key", to[1]);
        category.put("name", to[0]);
        return status;
    }

    private static ObjectNode error(String message) {
        ObjectNode error = JSON.createObjectNode();
        error.putArray("errorMessages").add(message);
        error.putObject("errors");
        return error;
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body)).build();
    }
}
