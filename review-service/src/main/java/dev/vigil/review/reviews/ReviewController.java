package dev.vigil.review.reviews;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.review.FactorCategory;
import dev.vigil.contracts.review.ReviewStatus;
import dev.vigil.knownincidents.KnownIncident;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.ETags;
import dev.vigil.platform.web.Ids;
import dev.vigil.review.incidentfacts.IncidentFacts;
import dev.vigil.review.reviews.ReviewCommands.AcknowledgeFinding;
import dev.vigil.review.reviews.ReviewCommands.AddComment;
import dev.vigil.review.reviews.ReviewCommands.AddFactor;
import dev.vigil.review.reviews.ReviewCommands.ApproveReview;
import dev.vigil.review.reviews.ReviewCommands.OpenReview;
import dev.vigil.review.reviews.ReviewCommands.PublishReview;
import dev.vigil.review.reviews.ReviewCommands.RefreshFromIncident;
import dev.vigil.review.reviews.ReviewCommands.RequestChanges;
import dev.vigil.review.reviews.ReviewCommands.ResolveComment;
import dev.vigil.review.reviews.ReviewCommands.SubmitReview;
import dev.vigil.review.reviews.ReviewCommands.WithdrawFactor;
import dev.vigil.review.reviews.ReviewCommands.WriteSection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Post-incident reviews ({@code /api/reviews}): open, read (now or as of), write sections, factors, comments,
 * acknowledge findings, and the workflow. Requests carry no id, actor or time; every command takes If-Match.
 */
@RestController
@RequestMapping("/api/reviews")
class ReviewController {

    /** {@code incident}: the incident's id or key; without it, a review of an AI hazard (title and systemId then). */
    record OpenRequest(String incident, String title, String systemId, Severity severity) {
    }

    record SectionRequest(String text) {
    }

    record FactorRequest(FactorCategory category, ControlLayer layer, String controlId, String description) {
    }

    record WithdrawalRequest(String reason) {
    }

    record CommentRequest(String section, String text) {
    }

    record AcknowledgementRequest(String justification) {
    }

    record SubmitRequest(String noActionItemsReason) {
    }

    record ChangesRequest(String changes) {
    }

    record ApprovalRequest(String note) {
    }

    /** One line of the list. */
    record ReviewSummary(UUID id, UUID incidentId, String incidentKey, String title, ReviewStatus status,
                         Severity severity, boolean automatic, Instant openedAt, Instant lastChangedAt, long version) {
    }

    private final CommandGateway commands;
    private final ReviewResource reviews;

    ReviewController(CommandGateway commands, ReviewResource reviews) {
        this.commands = commands;
        this.reviews = reviews;
    }

    @GetMapping
    List<ReviewSummary> list(@RequestParam(required = false) ReviewStatus status,
                             @RequestParam(required = false) String incident) {
        Actor viewer = CurrentActor.require();
        UUID incidentId = incident == null ? null
                : reviews.incident(viewer, incident).map(KnownIncident::id).orElse(new UUID(0, 0));
        return reviews.all(viewer).stream()
                .filter(v -> status == null || v.status() == status)
                .filter(v -> incidentId == null || incidentId.equals(v.incidentId()))
                .sorted(Comparator.comparing(ReviewView::openedAt).reversed())
                .map(v -> new ReviewSummary(v.id(), v.incidentId(), v.incidentKey(), v.title(), v.status(), v.severity(),
                        v.automatic(), v.openedAt(), v.lastChangedAt(), v.version()))
                .toList();
    }

    @PostMapping
    ResponseEntity<ReviewView> open(@RequestBody OpenRequest body) {
        Actor actor = CurrentActor.require();
        UUID id;
        if (InputRules.strip(body.incident()) != null) {
            KnownIncident incident = reviews.incident(actor, body.incident().strip())
                    .orElseThrow(() -> new NotFoundException("Incident", body.incident().strip()));
            new InputRules().text("title", body.title(), false, InputRules.LINE_MAX).check();
            IncidentFacts facts = reviews.facts(incident.id()).orElse(null);
            id = ReviewCommands.reviewIdOf(incident.id());
            Severity severity = facts != null ? facts.highestSeverity() : Severity.valueOf(incident.severity());
            String title = InputRules.strip(body.title()) != null ? body.title().strip() : incident.title();
            commands.sendAndWait(new OpenReview(id, incident.id(), incident.key(), title, incident.systemId(), severity,
                    facts == null ? Map.of() : Prefill.of(facts), caller()));
        } else {
            new InputRules().text("title", body.title(), true, InputRules.LINE_MAX)
                    .text("systemId", body.systemId(), true, InputRules.LINE_MAX).check();
            id = UUID.randomUUID();
            commands.sendAndWait(new OpenReview(id, null, null, body.title().strip(), body.systemId().strip(),
                    body.severity(), Map.of(), caller()));
        }
        ReviewView view = reviews.present(reviews.require(actor, id.toString()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id)
                .toUri()).eTag(ETags.of(view.version())).body(view);
    }

    @GetMapping("/{id}")
    ResponseEntity<ReviewView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        Actor viewer = CurrentActor.require();
        ReviewView view = asOf == null ? reviews.require(viewer, id) : reviews.asOf(viewer, id, asOf);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(reviews.present(view));
    }

    /** The review as a document: {@code format=md} (default), {@code html} or {@code pdf}. */
    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "md") String format) {
        ReviewExport.Format chosen = ReviewExport.Format.of(format);
        if (chosen == null) {
            throw new InvalidInputException("format", "format", "'" + format + "' is not an export format; one of "
                    + ReviewExport.Format.NAMES);
        }
        ReviewView view = reviews.present(reviews.require(CurrentActor.require(), id));
        String file = (view.incidentKey() == null ? "review-" + view.id() : "review-" + view.incidentKey()) + "."
                + chosen.extension();
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(chosen.contentType))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.inline().filename(file).build()
                        .toString())
                .eTag(ETags.of(view.version())).body(ReviewExport.export(view, chosen));
    }

    @PostMapping("/{id}/refresh")
    ResponseEntity<ReviewView> refresh(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return command(id, ifMatch, (view, expected) -> {
            IncidentFacts facts = reviews.facts(view.incidentId()).orElseThrow(() ->
                    new dev.vigil.platform.problem.ConflictException("no-incident", "review " + view.id()
                            + " has no incident to refresh from"));
            return new RefreshFromIncident(view.id(), Prefill.of(facts), expected);
        });
    }

    @PutMapping("/{id}/sections/{section}")
    ResponseEntity<ReviewView> write(@PathVariable String id, @PathVariable String section,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @RequestBody SectionRequest body) {
        Section s = section(section, "section");
        new InputRules().text("text", body.text(), true, InputRules.TEXT_MAX).check();
        return command(id, ifMatch, (view, expected) -> new WriteSection(view.id(), s, body.text(), caller(), expected));
    }

    @PostMapping("/{id}/factors")
    ResponseEntity<ReviewView> addFactor(@PathVariable String id,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @RequestBody FactorRequest body) {
        new InputRules().required("category", body.category(), "one of " + List.of(FactorCategory.values()))
                .required("layer", body.layer(), "the control layer that failed, one of " + List.of(ControlLayer.values()))
                .text("controlId", body.controlId(), false, 100)
                .text("description", body.description(), true, InputRules.TEXT_MAX).check();
        return command(id, ifMatch, (view, expected) -> new AddFactor(view.id(), UUID.randomUUID(), body.category(),
                body.layer(), InputRules.strip(body.controlId()), body.description(), caller(), expected));
    }

    @PostMapping("/{id}/factors/{factorId}/withdrawal")
    ResponseEntity<ReviewView> withdrawFactor(@PathVariable String id, @PathVariable String factorId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @RequestBody WithdrawalRequest body) {
        UUID factor = Ids.uuid(factorId).orElseThrow(() -> new NotFoundException("Contributing factor", factorId));
        new InputRules().text("reason", body.reason(), true, InputRules.TEXT_MAX).check();
        return command(id, ifMatch, (view, expected) -> new WithdrawFactor(view.id(), factor, body.reason(), caller(),
                expected));
    }

    @PostMapping("/{id}/comments")
    ResponseEntity<ReviewView> comment(@PathVariable String id, @RequestBody CommentRequest body) {
        new InputRules().text("section", body.section(), true, InputRules.LINE_MAX)
                .text("text", body.text(), true, InputRules.TEXT_MAX).check();
        Section s = section(body.section(), "section");
        return command(id, null, (view, expected) -> new AddComment(view.id(), UUID.randomUUID(), s, body.text(),
                caller()));
    }

    @PostMapping("/{id}/comments/{commentId}/resolution")
    ResponseEntity<ReviewView> resolveComment(@PathVariable String id, @PathVariable String commentId) {
        UUID comment = Ids.uuid(commentId).orElseThrow(() -> new NotFoundException("Comment", commentId));
        return command(id, null, (view, expected) -> new ResolveComment(view.id(), comment, caller()));
    }

    @PostMapping("/{id}/findings/{findingId}/acknowledgement")
    ResponseEntity<ReviewView> acknowledge(@PathVariable String id, @PathVariable String findingId,
                                           @RequestBody AcknowledgementRequest body) {
        UUID finding = Ids.uuid(findingId).orElseThrow(() -> new NotFoundException("Blameless finding", findingId));
        new InputRules().text("justification", body.justification(), true, InputRules.TEXT_MAX).check();
        return command(id, null, (view, expected) -> new AcknowledgeFinding(view.id(), finding, body.justification(),
                reviews.people(view.incidentId()), caller()));
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<ReviewView> submit(@PathVariable String id,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @RequestBody(required = false) SubmitRequest body) {
        String reason = body == null ? null : body.noActionItemsReason();
        new InputRules().text("noActionItemsReason", reason, false, InputRules.TEXT_MAX).check();
        return command(id, ifMatch, (view, expected) -> new SubmitReview(view.id(), reason,
                reviews.actionItems(view.id()).size(), reviews.people(view.incidentId()), caller(), expected));
    }

    @PostMapping("/{id}/request-changes")
    ResponseEntity<ReviewView> requestChanges(@PathVariable String id,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @RequestBody ChangesRequest body) {
        new InputRules().text("changes", body.changes(), true, InputRules.TEXT_MAX).check();
        return command(id, ifMatch, (view, expected) -> new RequestChanges(view.id(), body.changes(), caller(), expected));
    }

    @PostMapping("/{id}/approve")
    ResponseEntity<ReviewView> approve(@PathVariable String id,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @RequestBody(required = false) ApprovalRequest body) {
        String note = body == null ? null : body.note();
        new InputRules().text("note", note, false, InputRules.TEXT_MAX).check();
        return command(id, ifMatch, (view, expected) -> new ApproveReview(view.id(), note, caller(), expected));
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<ReviewView> publish(@PathVariable String id,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return command(id, ifMatch, (view, expected) -> new PublishReview(view.id(), caller(), expected));
    }

    /** Finds the review (404 under need-to-know), checks If-Match (412), sends the command, answers the new state. */
    private ResponseEntity<ReviewView> command(String id, String ifMatch,
                                               java.util.function.BiFunction<ReviewView, Long, Object> command) {
        Actor actor = CurrentActor.require();
        ReviewView view = reviews.require(actor, id);
        Long expected = ETags.expectedVersion(ifMatch, view.version(), "review " + view.id());
        commands.sendAndWait(command.apply(view, expected));
        ReviewView after = reviews.present(reviews.require(actor, view.id().toString()));
        return ResponseEntity.ok().eTag(ETags.of(after.version())).body(after);
    }

    private static Section section(String name, String field) {
        return Section.of(name).orElseThrow(() -> new InvalidInputException(field, "format",
                "'" + name + "' is not a section; one of " + Section.keys()));
    }

    private static Person caller() {
        Actor actor = CurrentActor.require();
        return new Person(actor.subject(), actor.displayName());
    }
}
