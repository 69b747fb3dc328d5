package dev.vigil.review.actionitems;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.review.ActionItemPriority;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.ActionItemType;
import dev.vigil.contracts.review.ReviewStatus;
import dev.vigil.knownincidents.KnownIncident;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.ETags;
import dev.vigil.platform.web.Ids;
import dev.vigil.review.actionitems.ActionItemCommands.AddEvidence;
import dev.vigil.review.actionitems.ActionItemCommands.ChangeDueDate;
import dev.vigil.review.actionitems.ActionItemCommands.ChangeStatus;
import dev.vigil.review.actionitems.ActionItemCommands.CreateActionItem;
import dev.vigil.review.actionitems.ActionItemCommands.Outcome;
import dev.vigil.review.actionitems.ActionItemCommands.Verify;
import dev.vigil.review.reviews.ReviewResource;
import dev.vigil.review.reviews.ReviewView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Action items: added to a review ({@code POST /api/reviews/{id}/action-items}), then listed, moved, given
 * evidence, verified and rescheduled under {@code /api/action-items}. An item of a restricted incident exists
 * only for those who may know the incident.
 */
@RestController
class ActionItemController {

    /** {@code dueDate} null: by the incident's highest severity. */
    record ItemRequest(String title, String description, String ownerSubject, String ownerName, String team,
                       ActionItemType type, ActionItemPriority priority, LocalDate dueDate) {
    }

    record StatusRequest(ActionItemStatus status, String reason) {
    }

    record EvidenceRequest(String text, List<String> links) {
    }

    record VerificationRequest(Outcome outcome, String reason) {
    }

    record DueDateRequest(LocalDate dueDate, String reason) {
    }

    private final CommandGateway commands;
    private final ActionItemViews items;
    private final ReviewResource reviews;
    private final Clock clock;

    ActionItemController(CommandGateway commands, ActionItemViews items, ReviewResource reviews, Clock clock) {
        this.commands = commands;
        this.items = items;
        this.reviews = reviews;
        this.clock = clock;
    }

    @PostMapping("/api/reviews/{id}/action-items")
    ResponseEntity<ActionItemView> create(@PathVariable String id, @RequestBody ItemRequest body) {
        InputRules rules = new InputRules()
                .text("title", body.title(), true, InputRules.LINE_MAX)
                .text("description", body.description(), false, InputRules.TEXT_MAX)
                .text("ownerSubject", body.ownerSubject(), true, InputRules.LINE_MAX)
                .text("ownerName", body.ownerName(), false, InputRules.LINE_MAX)
                .text("team", body.team(), true, InputRules.LINE_MAX)
                .required("type", body.type(), "one of " + List.of(ActionItemType.values()))
                .required("priority", body.priority(), "one of " + List.of(ActionItemPriority.values()));
        rules.check();
        Actor actor = CurrentActor.require();
        ReviewView review = reviews.require(actor, id);
        if (review.status() == ReviewStatus.APPROVED || review.status() == ReviewStatus.PUBLISHED) {
            throw new ConflictException("review-not-open", "review " + review.id() + " is " + review.status()
                    + ": action items are added while it is DRAFT or IN_REVIEW", Map.of("status", review.status()));
        }
        UUID itemId = UUID.randomUUID();
        String owner = body.ownerSubject().strip();
        String ownerName = InputRules.strip(body.ownerName());
        // the incident's highest severity as known now (it may have risen since the review opened)
        var severity = reviews.facts(review.incidentId()).map(f -> f.highestSeverity()).orElse(review.severity());
        commands.sendAndWait(new CreateActionItem(itemId, review.id(), review.incidentId(), review.incidentKey(),
                body.title(), body.description(), new Person(owner, ownerName == null ? owner : ownerName), body.team(),
                body.type(), body.priority(), body.dueDate(), severity, caller()));
        ActionItemView view = items.find(itemId).orElseThrow().servedAt(clock.instant());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/action-items/{id}")
                .buildAndExpand(itemId).toUri();
        return ResponseEntity.created(location).eTag(ETags.of(view.version())).body(view);
    }

    /**
     * Filters: owner, team, status, overdue, dueBefore (due dates before it), incident (id or key), review, sync (the
     * Jira sync state).
     */
    @GetMapping("/api/action-items")
    List<ActionItemView> list(@RequestParam(required = false) String owner, @RequestParam(required = false) String team,
                              @RequestParam(required = false) ActionItemStatus status,
                              @RequestParam(required = false) Boolean overdue,
                              @RequestParam(required = false) LocalDate dueBefore,
                              @RequestParam(required = false) String incident,
                              @RequestParam(required = false) String review,
                              @RequestParam(required = false) ActionItemView.SyncState sync) {
        Actor viewer = CurrentActor.require();
        Instant now = clock.instant();
        UUID incidentId = incident == null ? null
                : reviews.incident(viewer, incident).map(KnownIncident::id).orElse(new UUID(0, 0));
        UUID reviewId = review == null ? null : reviews.find(viewer, review).map(ReviewView::id).orElse(new UUID(0, 0));
        var visible = reviews.visibleTo(viewer);
        return items.all().stream()
                .filter(v -> visible.test(v.incidentId()))
                .filter(v -> owner == null || owner.equals(v.owner().subject()))
                .filter(v -> team == null || team.equalsIgnoreCase(v.team()))
                .filter(v -> status == null || v.status() == status)
                .filter(v -> overdue == null || v.overdueAt(now) == overdue)
                .filter(v -> dueBefore == null || v.dueDate().isBefore(dueBefore))
                .filter(v -> incidentId == null || incidentId.equals(v.incidentId()))
                .filter(v -> reviewId == null || reviewId.equals(v.reviewId()))
                .filter(v -> sync == null || v.jira() != null && v.jira().state() == sync)
                .sorted(Comparator.comparing(ActionItemView::dueDate).thenComparing(ActionItemView::title))
                .map(v -> v.servedAt(now))
                .toList();
    }

    @GetMapping("/api/action-items/{id}")
    ResponseEntity<ActionItemView> get(@PathVariable String id) {
        ActionItemView view = require(CurrentActor.require(), id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view.servedAt(clock.instant()));
    }

    @PostMapping("/api/action-items/{id}/status")
    ResponseEntity<ActionItemView> status(@PathVariable String id,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestBody StatusRequest body) {
        InputRules rules = new InputRules().required("status", body.status(), "one of " + List.of(ActionItemStatus.values()))
                .text("reason", body.reason(), body.status() == ActionItemStatus.WONT_DO, InputRules.TEXT_MAX);
        rules.check();
        return command(id, ifMatch, (view, expected) -> new ChangeStatus(view.id(), body.status(), body.reason(), caller(),
                roles(), expected));
    }

    @PostMapping("/api/action-items/{id}/evidence")
    ResponseEntity<ActionItemView> evidence(@PathVariable String id, @RequestBody EvidenceRequest body) {
        InputRules rules = new InputRules().text("text", body.text(), true, InputRules.TEXT_MAX)
                .required("links", body.links(), "links to the change, the dashboard, the document");
        List<String> links = body.links() == null ? List.of() : body.links();
        if (body.links() != null && links.isEmpty()) {
            rules.violation("links", "required", "give at least one link to the evidence");
        }
        for (int i = 0; i < links.size(); i++) {
            String link = links.get(i);
            if (link == null || !link.strip().matches("(?i)https?://\\S+") || link.strip().length() > 2000) {
                rules.violation("links[" + i + "]", "url", "an http(s) URL of at most 2000 characters");
            }
        }
        rules.check();
        return command(id, null, (view, expected) -> new AddEvidence(view.id(), body.text(),
                links.stream().map(String::strip).toList(), caller(), roles()));
    }

    @PostMapping("/api/action-items/{id}/verification")
    ResponseEntity<ActionItemView> verify(@PathVariable String id,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestBody VerificationRequest body) {
        new InputRules().required("outcome", body.outcome(), "one of " + List.of(Outcome.values()))
                .text("reason", body.reason(), body.outcome() == Outcome.FAILED || body.outcome() == Outcome.REJECTED,
                        InputRules.TEXT_MAX).check();
        return command(id, ifMatch, (view, expected) -> new Verify(view.id(), body.outcome(), body.reason(), caller(),
                expected));
    }

    @PostMapping("/api/action-items/{id}/due-date")
    ResponseEntity<ActionItemView> dueDate(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestBody DueDateRequest body) {
        new InputRules().required("dueDate", body.dueDate(), "the new due date, e.g. 2026-12-31")
                .text("reason", body.reason(), true, InputRules.TEXT_MAX).check();
        return command(id, ifMatch, (view, expected) -> new ChangeDueDate(view.id(), body.dueDate(), body.reason(),
                caller(), roles(), expected));
    }

    private ResponseEntity<ActionItemView> command(String id, String ifMatch, BiFunction<ActionItemView, Long, Object> command) {
        Actor actor = CurrentActor.require();
        ActionItemView view = require(actor, id);
        Long expected = ETags.expectedVersion(ifMatch, view.version(), "action item " + view.id());
        commands.sendAndWait(command.apply(view, expected));
        ActionItemView after = items.find(view.id()).orElseThrow().servedAt(clock.instant());
        return ResponseEntity.ok().eTag(ETags.of(after.version())).body(after);
    }

    private ActionItemView require(Actor viewer, String id) {
        return Ids.uuid(id).flatMap(items::find).filter(v -> reviews.mayKnow(viewer, v.incidentId()))
                .orElseThrow(() -> new NotFoundException("Action item", id));
    }

    private static Set<String> roles() {
        return Set.copyOf(CurrentActor.require().roles());
    }

    private static Person caller() {
        Actor actor = CurrentActor.require();
        return new Person(actor.subject(), actor.displayName());
    }
}
