package dev.vigil.review.jira;

import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.problem.ProblemResponses;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.ETags;
import dev.vigil.platform.web.Ids;
import dev.vigil.review.actionitems.ActionItemCommands.ResyncJira;
import dev.vigil.review.actionitems.ActionItemView;
import dev.vigil.review.actionitems.ActionItemViews;
import dev.vigil.review.reviews.ReviewResource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Jira integration's routes: its configuration and sync counts ({@code GET /api/integrations/jira}), an admin's
 * resync of one item ({@code POST /api/action-items/{id}/jira/resync}), and the webhook receiver
 * ({@code POST /api/integrations/jira/webhook?secret=…}), which Jira calls without a Vigil login: the secret in its
 * URL, compared in constant time, is its authentication. A delivery is taken once; its body only says which issue
 * to look at, and the issue is then read from Jira by the sync rather than trusted.
 */
@RestController
class JiraController {

    private static final Logger log = LoggerFactory.getLogger(JiraController.class);
    static final String WEBHOOK = "/api/integrations/jira/webhook";

    private final JiraSettings settings;
    private final ActionItemViews items;
    private final ReviewResource reviews;
    private final CommandGateway commands;
    private final PersistentScheduler scheduler;
    private final JiraPoll poll;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JiraController(JiraSettings settings, ActionItemViews items, ReviewResource reviews, CommandGateway commands,
                   PersistentScheduler scheduler, JiraPoll poll, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.items = items;
        this.reviews = reviews;
        this.commands = commands;
        this.scheduler = scheduler;
        this.poll = poll;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The configuration (never the token or the secret) and how many items stand in each sync state. */
    @GetMapping("/api/integrations/jira")
    Map<String, Object> status() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("enabled", settings.enabled());
        answer.put("siteUrl", settings.siteUrl() == null ? null : settings.siteUrl().toString());
        answer.put("projectKey", settings.projectKey());
        answer.put("issueType", settings.issueType());
        answer.put("email", settings.email());
        answer.put("apiTokenSet", settings.apiToken() != null && !settings.apiToken().isBlank());
        answer.put("webhookEnabled", settings.webhookEnabled());
        answer.put("webhookPath", WEBHOOK + "?secret=…");
        answer.put("priorities", settings.priorities());
        answer.put("statuses", settings.statuses());
        answer.put("pollInterval", settings.pollInterval().toString());
        answer.put("lastPoll", poll.watermark().map(Instant::toString).orElse(null));
        answer.put("items", items.jiraStates());
        return answer;
    }

    /** An admin's resync: Vigil's values are pushed again (clearing a conflict or a failure), now. */
    @PostMapping("/api/action-items/{id}/jira/resync")
    ResponseEntity<ActionItemView> resync(@PathVariable String id) {
        Actor actor = CurrentActor.require();
        ActionItemView item = Ids.uuid(id).flatMap(items::find).filter(v -> reviews.mayKnow(actor, v.incidentId()))
                .orElseThrow(() -> new NotFoundException("Action item", id));
        commands.sendAndWait(new ResyncJira(item.id(), new Person(actor.subject(), actor.displayName())));
        ActionItemView after = items.find(item.id()).orElseThrow();
        return ResponseEntity.accepted().eTag(ETags.of(after.version())).body(after.servedAt(clock.instant()));
    }

    @PostMapping(WEBHOOK)
    ResponseEntity<?> webhook(@RequestParam(required = false) String secret,
                              @RequestHeader(name = "X-Atlassian-Webhook-Identifier", required = false) String delivery,
                              @RequestBody(required = false) String body) {
        if (!settings.webhookEnabled()) {
            return problem(HttpStatus.NOT_FOUND, "not-found", "No Jira webhook is configured here");
        }
        if (!sameSecret(secret, settings.webhookSecret())) {
            log.warn("Jira webhook refused: wrong or missing secret");
            return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "The webhook URL's secret is wrong");
        }
        JsonNode event = parse(body);
        String issueKey = event.path("issue").path("key").asString(null);
        if (issueKey == null || issueKey.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-input", "A Jira issue event names its issue (issue.key)");
        }
        String id = delivery != null && !delivery.isBlank() ? "id:" + delivery.strip()
                : "sha256:" + HexFormat.of().formatHex(sha256(body == null ? "" : body));
        int taken = jdbc.sql("insert into jira_webhook_delivery (id, received_at) values (:id, :at) on conflict (id) do nothing")
                .param("id", id).param("at", Timestamp.from(clock.instant())).update();
        if (taken == 0) {
            return ResponseEntity.ok(Map.of("duplicate", true));
        }
        List<String> labels = new ArrayList<>();
        event.path("issue").path("fields").path("labels").forEach(l -> labels.add(l.asString()));
        // the body only points at an item; the sync reads the issue from Jira
        Optional<UUID> item = items.byJiraIssue(issueKey).or(() -> JiraSync.itemOf(labels)
                .filter(i -> items.find(i).map(v -> v.jira() != null).orElse(false)));
        if (item.isEmpty()) {
            return ResponseEntity.accepted().body(Map.of("ignored", "no action item is tracked as " + issueKey));
        }
        scheduler.schedule(JiraWork.sync(item.get() + "@webhook@" + id.hashCode()), clock.instant());
        scheduler.checkNow();
        return ResponseEntity.accepted().body(Map.of("actionItemId", item.get().toString(), "issueKey", issueKey));
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (RuntimeException unreadable) {
            return json.createObjectNode();
        }
    }

    /** Constant time: both sides hashed first, so neither the content nor the length leaks through timing. */
    static boolean sameSecret(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(given), sha256(expected));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemResponses.problem(status, code, status.getReasonPhrase(), detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
