package dev.vigil.notification.subscriptions;

import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.notification.events.MessageFilter;
import dev.vigil.notification.people.People;
import dev.vigil.notification.subscriptions.SubscriptionCommands.CancelSubscription;
import dev.vigil.notification.subscriptions.SubscriptionCommands.ChangeSubscription;
import dev.vigil.notification.subscriptions.SubscriptionCommands.CreateSubscription;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.ETags;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stakeholder-message subscriptions: {@code GET/POST /api/subscriptions}, {@code GET/PUT/DELETE
 * /api/subscriptions/{id}}. Everyone manages their own; administrators and auditors list all.
 * Someone else's subscription is "not found".
 */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionsController {

    static final Set<String> SEE_ALL = Set.of("ADMIN", "AUDITOR");

    /** The body of a POST or PUT. {@code rotateSecret} (PUT) issues a new webhook secret, shown once. */
    record SubscriptionRequest(String minSeverity, List<String> systems, List<String> categories, List<String> facts,
                               Boolean email, String webhookUrl, Boolean rotateSecret) {

        MessageFilter filter() {
            InputRules rules = new InputRules()
                    .size("systems", systems, 50)
                    .size("categories", categories, 50)
                    .size("facts", facts, FactKind.values().length)
                    .text("webhookUrl", webhookUrl, false, 2000);
            oneOf(rules, "minSeverity", minSeverity == null ? List.of() : List.of(minSeverity), Severity.values());
            oneOf(rules, "categories", categories, HazardCategory.values());
            oneOf(rules, "facts", facts, FactKind.values());
            if (facts == null || facts.isEmpty()) {
                rules.violation("facts", "required", "name at least one kind of fact: " + Arrays.toString(FactKind.values()));
            }
            List<String> named = systems == null ? List.of() : systems;
            for (int i = 0; i < named.size(); i++) {
                rules.text("systems[" + i + "]", named.get(i), true, 100);
            }
            if (!Boolean.TRUE.equals(email) && (webhookUrl == null || webhookUrl.isBlank())) {
                rules.violation("email", "channel", "choose a channel: email true, a webhookUrl, or both");
            }
            rules.check();
            return new MessageFilter(minSeverity, named.stream().map(String::strip).toList(),
                    categories == null ? List.of() : categories, facts.stream().distinct().toList());
        }

        private static void oneOf(InputRules rules, String field, List<String> values, Enum<?>[] allowed) {
            List<String> names = Arrays.stream(allowed).map(Enum::name).toList();
            if (values != null && values.stream().anyMatch(v -> !names.contains(v))) {
                rules.violation(field, "one-of", field + " are among " + names);
            }
        }
    }

    /** A subscription with its webhook secret: answered once, when the secret is made. */
    record WithSecret(SubscriptionView subscription, String secret) {
    }

    private final CommandGateway commands;
    private final Subscriptions subscriptions;
    private final WebhookTargets targets;
    private final People people;

    SubscriptionsController(CommandGateway commands, Subscriptions subscriptions, WebhookTargets targets, People people) {
        this.commands = commands;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.people = people;
    }

    @GetMapping
    List<SubscriptionView> list() {
        Actor actor = CurrentActor.require();
        boolean all = actor.roles().stream().anyMatch(SEE_ALL::contains);
        return subscriptions.all().stream().filter(s -> all || s.owner().equals(actor.subject())).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<SubscriptionView> get(@PathVariable String id) {
        SubscriptionView view = visible(id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PostMapping
    ResponseEntity<WithSecret> create(@RequestBody SubscriptionRequest request) {
        MessageFilter filter = request.filter();
        Actor actor = CurrentActor.require();
        String url = channels(request, actor);
        String id = UUID.randomUUID().toString();
        String secret = url == null ? null : WebhookSecrets.generate();
        commands.sendAndWait(new CreateSubscription(id, person(actor), actor.roles(), filter,
                Boolean.TRUE.equals(request.email()), url, secret));
        SubscriptionView view = subscriptions.find(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/subscriptions/" + id)).eTag(ETags.of(view.version()))
                .body(new WithSecret(view, secret));
    }

    /**
     * Replaces what the subscription wants and where it goes. A first webhook, or {@code rotateSecret},
     * gets a new secret (answered once); otherwise the webhook keeps its secret.
     */
    @PutMapping("/{id}")
    ResponseEntity<WithSecret> change(@PathVariable String id, @RequestBody SubscriptionRequest request,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        SubscriptionView current = own(id);
        MessageFilter filter = request.filter();
        Actor actor = CurrentActor.require();
        String url = channels(request, actor);
        Long expected = ETags.expectedVersion(ifMatch, current.version(), "the subscription");
        boolean newTarget = url != null && (current.webhookUrl() == null || Boolean.TRUE.equals(request.rotateSecret()));
        String secret = newTarget ? WebhookSecrets.generate() : null;
        commands.sendAndWait(new ChangeSubscription(id, expected, filter, Boolean.TRUE.equals(request.email()), url,
                secret, person(actor)));
        SubscriptionView view = subscriptions.find(id).orElseThrow();
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(new WithSecret(view, secret));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> cancel(@PathVariable String id) {
        own(id);
        commands.sendAndWait(new CancelSubscription(id, person(CurrentActor.require())));
        return ResponseEntity.noContent().build();
    }

    /** The webhook URL, checked by the SSRF guard (422 when refused); email needs an address in the directory. */
    private String channels(SubscriptionRequest request, Actor actor) {
        if (Boolean.TRUE.equals(request.email()) && people.email(actor.subject()).isEmpty()) {
            throw new RuleViolationException("email", "address-known", "the directory has no email address for "
                    + actor.subject() + ": ask an administrator to set it (PUT /api/people/{subject})");
        }
        if (request.webhookUrl() == null || request.webhookUrl().isBlank()) {
            return null;
        }
        String url = request.webhookUrl().strip();
        WebhookTargets.Verdict verdict = targets.check(url);
        if (!verdict.allowed()) {
            throw new RuleViolationException("webhookUrl", "reachable-target", "webhookUrl refused: " + verdict.refusal());
        }
        return url;
    }

    private SubscriptionView visible(String id) {
        Actor actor = CurrentActor.require();
        return subscriptions.find(id)
                .filter(s -> s.owner().equals(actor.subject()) || actor.roles().stream().anyMatch(SEE_ALL::contains))
                .orElseThrow(() -> new NotFoundException("Subscription", id));
    }

    private SubscriptionView own(String id) {
        Actor actor = CurrentActor.require();
        return subscriptions.find(id).filter(s -> s.owner().equals(actor.subject()) && s.active())
                .orElseThrow(() -> new NotFoundException("Subscription", id));
    }

    private static Person person(Actor actor) {
        return new Person(actor.subject(), actor.displayName());
    }
}
