package dev.vigil.notification.drafts;

import dev.vigil.contracts.incident.Person;
import dev.vigil.knownincidents.KnownIncident;
import dev.vigil.knownincidents.KnownIncidents;
import dev.vigil.notification.assessment.DraftCommands.AcknowledgeSubmission;
import dev.vigil.notification.assessment.DraftCommands.ApproveDraft;
import dev.vigil.notification.assessment.DraftCommands.CreateDraft;
import dev.vigil.notification.assessment.DraftCommands.EditDraft;
import dev.vigil.notification.assessment.DraftCommands.SubmitDraft;
import dev.vigil.notification.assessment.ObligationIds;
import dev.vigil.notification.determinations.DeterminationViews;
import dev.vigil.notification.drafts.DraftExport.Format;
import dev.vigil.notification.events.DraftDocument;
import dev.vigil.notification.events.ObligationTerms.Stage;
import dev.vigil.notification.facts.FactsStore;
import dev.vigil.notification.profile.ProfileView;
import dev.vigil.notification.profile.ProfileViews;
import dev.vigil.notification.register.ObligationBook;
import dev.vigil.notification.register.ObligationView;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.ETags;
import dev.vigil.platform.web.Ids;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Regulator notifications: a draft per stage of an obligation from the regime's template
 * ({@code POST /api/obligations/{id}/stages/{stage}/drafts}), read and edited as revisions
 * ({@code GET/PUT /api/drafts/{id}}, If-Match with the revision's ETag), exported
 * ({@code GET /api/drafts/{id}/export?format=md|html|pdf}), approved by a second compliance officer,
 * submitted (the server hashes the approved revision's export) and acknowledged. A restricted
 * incident's notifications exist only for those who may know it.
 */
@RestController
class DraftsController {

    /** An edit: the whole text. No actor, id, revision or time: the server owns those. */
    record DraftRequest(String title, List<DraftDocument.Section> sections) {
    }

    /** How and when the approved notification was sent; the hash is the server's, of the export in {@code format}. */
    record SubmissionRequest(String channel, String authorityReference, Instant submittedAt, String format) {
    }

    record AcknowledgementRequest(String reference, Instant receivedAt) {
    }

    private final CommandGateway commands;
    private final DraftViews drafts;
    private final ObligationBook obligations;
    private final KnownIncidents incidents;
    private final FactsStore facts;
    private final ProfileViews profiles;
    private final DeterminationViews determinations;
    private final Clock clock;

    DraftsController(CommandGateway commands, DraftViews drafts, ObligationBook obligations, KnownIncidents incidents,
                     FactsStore facts, ProfileViews profiles, DeterminationViews determinations, Clock clock) {
        this.commands = commands;
        this.drafts = drafts;
        this.obligations = obligations;
        this.incidents = incidents;
        this.facts = facts;
        this.profiles = profiles;
        this.determinations = determinations;
        this.clock = clock;
    }

    @PostMapping("/api/obligations/{id}/stages/{stage}/drafts")
    ResponseEntity<DraftView> draft(@PathVariable String id, @PathVariable String stage) {
        Actor actor = CurrentActor.require();
        ObligationView obligation = Ids.uuid(id).flatMap(obligations::find)
                .filter(v -> incidents.find(actor, v.incidentId().toString()).isPresent())
                .orElseThrow(() -> new NotFoundException("Obligation", id));
        Stage theStage = obligation.stages().stream().filter(s -> s.id().equals(stage)).findFirst()
                .orElseThrow(() -> new NotFoundException("Stage", stage));
        KnownIncident incident = incidents.find(actor, obligation.incidentId().toString()).orElseThrow();
        Person drafter = person(actor);
        Optional<FactsStore.Row> row = facts.incident(incident.id());
        DraftDocument document = DraftTemplates.fill(new DraftTemplates.Facts(obligation, theStage, incident,
                row.map(FactsStore.Row::facts).orElse(null),
                row.flatMap(r -> facts.system(r.systemId())).orElse(null),
                profiles.current().map(ProfileView::profile).orElse(null),
                determinations.of(incident.id()).determinations(), drafter));
        commands.sendAndWait(new CreateDraft(obligation.incidentId(), obligation.id(), stage,
                DraftTemplates.templateOf(obligation), document, drafter));
        DraftView view = drafts.find(ObligationIds.draft(obligation.id(), stage)).orElseThrow();
        return ResponseEntity.created(URI.create("/api/drafts/" + view.id())).eTag(ETags.of(view.revision()))
                .body(view.reading(incident.key()));
    }

    @GetMapping("/api/drafts/{id}")
    ResponseEntity<DraftView> get(@PathVariable String id) {
        Actor actor = CurrentActor.require();
        DraftView view = visible(actor, id);
        return current(actor, view.id());
    }

    @PutMapping("/api/drafts/{id}")
    ResponseEntity<DraftView> edit(@PathVariable String id, @RequestBody DraftRequest body,
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Actor actor = CurrentActor.require();
        DraftView view = visible(actor, id);
        DraftDocument document = document(body);
        Long expected = ETags.expectedVersion(ifMatch, view.revision(), "the draft");
        commands.sendAndWait(new EditDraft(view.incidentId(), view.id(), expected == null ? null : expected.intValue(),
                document, person(actor)));
        return current(actor, view.id());
    }

    @GetMapping("/api/drafts/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "pdf") String format) {
        Actor actor = CurrentActor.require();
        DraftView view = visible(actor, id);
        Format chosen = format(format);
        byte[] bytes = DraftExport.export(view.document(), chosen, view.revisedAt());
        String file = view.obligationKey().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + view.stageId() + "-r"
                + view.revision() + "." + chosen.extension;
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(chosen.contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(DraftExport.sha256Hex(bytes))) + ":")
                .eTag(ETags.of(view.revision()))
                .body(bytes);
    }

    @PostMapping("/api/drafts/{id}/approval")
    ResponseEntity<DraftView> approve(@PathVariable String id,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Actor actor = CurrentActor.require();
        DraftView view = visible(actor, id);
        Long expected = ETags.expectedVersion(ifMatch, view.revision(), "the draft");
        commands.sendAndWait(new ApproveDraft(view.incidentId(), view.id(), expected == null ? null : expected.intValue(),
                person(actor)));
        return current(actor, view.id());
    }

    @PostMapping("/api/drafts/{id}/submission")
    ResponseEntity<DraftView> submit(@PathVariable String id, @RequestBody SubmissionRequest body) {
        Actor actor = CurrentActor.require();
        DraftView view = visible(actor, id);
        InputRules rules = new InputRules()
                .text("channel", body.channel(), true, InputRules.LINE_MAX)
                .text("authorityReference", body.authorityReference(), true, InputRules.LINE_MAX)
                .required("submittedAt", body.submittedAt(), "when the notification was sent");
        notInFuture(rules, "submittedAt", body.submittedAt());
        String formatName = body.format() == null ? Format.PDF.extension : body.format();
        Format format = Format.of(formatName);
        if (format == null) {
            rules.violation("format", "one-of", "format is one of " + Format.NAMES);
        }
        rules.check();
        // the document sent is the export of the revision now held, which the aggregate checks is the approved one
        String sha256 = DraftExport.sha256Hex(DraftExport.export(view.document(), format, view.revisedAt()));
        commands.sendAndWait(new SubmitDraft(view.incidentId(), view.id(), view.revision(), body.channel().strip(),
                body.authorityReference().strip(), body.submittedAt(), format.extension, sha256, person(actor)));
        return current(actor, view.id());
    }

    @PostMapping("/api/drafts/{id}/acknowledgement")
    ResponseEntity<DraftView> acknowledge(@PathVariable String id, @RequestBody AcknowledgementRequest body) {
        Actor actor = CurrentActor.require();
        DraftView view = visible(actor, id);
        InputRules rules = new InputRules()
                .text("reference", body.reference(), true, InputRules.LINE_MAX)
                .required("receivedAt", body.receivedAt(), "when the authority's acknowledgement was received");
        notInFuture(rules, "receivedAt", body.receivedAt());
        rules.check();
        commands.sendAndWait(new AcknowledgeSubmission(view.incidentId(), view.id(), body.reference().strip(),
                body.receivedAt(), person(actor)));
        return current(actor, view.id());
    }

    private void notInFuture(InputRules rules, String field, Instant at) {
        Instant now = clock.instant();
        if (at != null && at.isAfter(now)) {
            rules.violation(field, "not-in-future", field + " cannot be later than now (" + now + ")");
        }
    }

    private static Format format(String name) {
        Format format = Format.of(name);
        if (format == null) {
            new InputRules().violation("format", "one-of", "format is one of " + Format.NAMES).check();
        }
        return format;
    }

    static DraftDocument document(DraftRequest body) {
        InputRules rules = new InputRules().text("title", body.title(), true, InputRules.LINE_MAX);
        List<DraftDocument.Section> sections = body.sections() == null ? List.of() : body.sections();
        if (sections.isEmpty()) {
            rules.violation("sections", "required", "a notification has at least one section");
        }
        for (int i = 0; i < sections.size(); i++) {
            DraftDocument.Section s = sections.get(i);
            String field = "sections[" + i + "]";
            if (s == null) {
                rules.violation(field, "required", "a section is an object with a heading and text");
                continue;
            }
            rules.text(field + ".key", s.key(), false, InputRules.LINE_MAX)
                    .text(field + ".heading", s.heading(), true, InputRules.LINE_MAX)
                    .text(field + ".text", s.text(), true, InputRules.TEXT_MAX);
        }
        rules.check();
        return new DraftDocument(body.title().strip(), sections.stream().map(s -> new DraftDocument.Section(
                InputRules.strip(s.key()), s.heading().strip(), s.text().strip())).toList());
    }

    /** The draft, if the actor may know its incident; otherwise it does not exist for them. */
    private DraftView visible(Actor actor, String id) {
        return Ids.uuid(id).flatMap(drafts::find)
                .filter(v -> incidents.find(actor, v.incidentId().toString()).isPresent())
                .orElseThrow(() -> new NotFoundException("Draft", id));
    }

    private ResponseEntity<DraftView> current(Actor actor, UUID id) {
        DraftView view = drafts.find(id).orElseThrow();
        String key = incidents.find(actor, view.incidentId().toString()).map(KnownIncident::key).orElse(null);
        return ResponseEntity.ok().eTag(ETags.of(view.revision())).body(view.reading(key));
    }

    private static Person person(Actor actor) {
        return new Person(actor.subject(), actor.displayName());
    }
}
