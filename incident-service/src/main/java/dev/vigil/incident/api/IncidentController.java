package dev.vigil.incident.api;

import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.incident.command.DeclareIncident;
import dev.vigil.incident.command.IncidentCommands;
import dev.vigil.incident.query.IncidentDetails;
import dev.vigil.incident.query.IncidentEvents;
import dev.vigil.incident.query.IncidentReadModel;
import dev.vigil.incident.query.IncidentSearch;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.problem.StaleVersionException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.Page;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The incident resource. Every answer carries the incident's version as ETag; every command may
 * send it back as If-Match, and a stale one is refused with 412.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d+)\"");

    private final CommandGateway commands;
    private final IncidentReadModel incidents;
    private final IncidentEvents events;

    IncidentController(CommandGateway commands, IncidentReadModel incidents, IncidentEvents events) {
        this.commands = commands;
        this.incidents = incidents;
        this.events = events;
    }

    @PostMapping
    ResponseEntity<IncidentDetails> declare(@RequestBody DeclareIncidentRequest request) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new DeclareIncident(id, request.title(), request.summary(), request.systemId(),
                request.modelVersion(), request.severity(), request.category(), request.detectionSource(),
                request.occurredAt(), request.detectedAt(), request.awareAt(), request.jurisdictions(),
                request.restricted()));
        IncidentDetails declared = visible(id.toString());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(id).toUri()).eTag(etag(declared)).body(declared);
    }

    @GetMapping
    Page<IncidentDetails> search(@RequestParam(required = false) IncidentStatus status,
                                 @RequestParam(required = false) Severity severity,
                                 @RequestParam(required = false) String systemId,
                                 @RequestParam(required = false) HazardCategory category,
                                 @RequestParam(required = false) String jurisdiction,
                                 @RequestParam(required = false) Instant declaredFrom,
                                 @RequestParam(required = false) Instant declaredTo,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) String sort,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        Page.check(page, size);
        Actor viewer = CurrentActor.require();
        var search = new IncidentSearch(status, severity, systemId, category, jurisdiction, declaredFrom, declaredTo, q, sort);
        return new Page<>(incidents.search(viewer, search, page, size), page, size, incidents.count(viewer, search));
    }

    /** The incident now, or as it stood at {@code asOf} (rebuilt from its events). */
    @GetMapping("/{idOrKey}")
    ResponseEntity<IncidentDetails> get(@PathVariable String idOrKey, @RequestParam(required = false) Instant asOf) {
        IncidentDetails current = visible(idOrKey);
        if (asOf == null) {
            return ResponseEntity.ok().eTag(etag(current)).body(current);
        }
        IncidentDetails then = events.asOf(current.id, asOf)
                .orElseThrow(() -> new NotFoundException("Incident", idOrKey + " as of " + asOf));
        return ResponseEntity.ok(then);
    }

    @PostMapping("/{idOrKey}/severity")
    ResponseEntity<IncidentDetails> severity(@PathVariable String idOrKey, @RequestBody IncidentRequests.ChangeSeverity body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return command(idOrKey, ifMatch, (id, v) -> new IncidentCommands.ChangeSeverity(id, v, body.severity(), body.reason()));
    }

    @PostMapping("/{idOrKey}/status")
    ResponseEntity<IncidentDetails> status(@PathVariable String idOrKey, @RequestBody IncidentRequests.ChangeStatus body,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return command(idOrKey, ifMatch, (id, v) -> new IncidentCommands.ChangeStatus(id, v, body.status(), body.reason()));
    }

    @PostMapping("/{idOrKey}/commander")
    ResponseEntity<IncidentDetails> commander(@PathVariable String idOrKey, @RequestBody IncidentRequests.PersonRef body,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return command(idOrKey, ifMatch, (id, v) -> new IncidentCommands.AssignCommander(id, v, body.person()));
    }

    @PostMapping("/{idOrKey}/roles")
    ResponseEntity<IncidentDetails> role(@PathVariable String idOrKey, @RequestBody IncidentRequests.AssignRole body,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return command(idOrKey, ifMatch, (id, v) -> new IncidentCommands.AssignRole(id, v, body.role(),
                new IncidentRequests.PersonRef(body.subject(), body.name()).person()));
    }

    @PostMapping("/{idOrKey}/participants")
    ResponseEntity<IncidentDetails> join(@PathVariable String idOrKey, @RequestBody IncidentRequests.PersonRef body,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return command(idOrKey, ifMatch, (id, v) -> new IncidentCommands.AddParticipant(id, v, body.person()));
    }

    @DeleteMapping("/{idOrKey}/participants/{subject}")
    ResponseEntity<IncidentDetails> leave(@PathVariable String idOrKey, @PathVariable String subject,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return command(idOrKey, ifMatch, (id, v) -> new IncidentCommands.RemoveParticipant(id, v, subject));
    }

    @PostMapping("/{idOrKey}/impact")
    ResponseEntity<IncidentDetails> impact(@PathVariable String idOrKey, @RequestBody IncidentRequests.AssessImpact body,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return command(idOrKey, ifMatch, (id, v) -> new IncidentCommands.AssessImpact(id, v, body.assessment(), body.reason()));
    }

    @PostMapping("/{idOrKey}/decisions")
    ResponseEntity<IncidentDetails> decision(@PathVariable String idOrKey, @RequestBody IncidentRequests.LogDecision body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Actor actor = CurrentActor.require();
        return command(idOrKey, ifMatch, (id, v) -> new IncidentCommands.LogDecision(id, v, UUID.randomUUID(),
                body.kind(), body.decision(), body.rationale(), body.alternatives(), body.killSwitchScope(),
                body.killSwitchTarget(), body.rollbackToModelVersion(), body.reversible(), person(actor)));
    }

    @PostMapping("/{idOrKey}/updates")
    ResponseEntity<IncidentDetails> update(@PathVariable String idOrKey, @RequestBody IncidentRequests.PostStatusUpdate body,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return command(idOrKey, ifMatch, (id, v) -> new IncidentCommands.PostStatusUpdate(id, v, UUID.randomUUID(),
                body.audience(), body.text()));
    }

    @PostMapping("/{idOrKey}/notes")
    ResponseEntity<IncidentDetails> note(@PathVariable String idOrKey, @RequestBody IncidentRequests.AddNote body,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Actor actor = CurrentActor.require();
        boolean writesAnywhere = IncidentAccessRules.RUN_ANY_INCIDENT.stream().anyMatch(r -> actor.roles().contains(r.name()));
        return command(idOrKey, ifMatch, (id, v) -> new IncidentCommands.AddTimelineNote(id, v, UUID.randomUUID(),
                body.text(), person(actor), writesAnywhere));
    }

    /** Sends a command to an incident the caller may see, then answers with its new state and version. */
    private ResponseEntity<IncidentDetails> command(String idOrKey, String ifMatch, CommandFactory factory) {
        Long expected = expectedVersion(ifMatch);
        IncidentDetails current = visible(idOrKey);
        if (expected != null && expected != current.version) {
            // answered before any rule is weighed: the caller decided on a state that is gone
            throw new StaleVersionException("incident " + current.key + " is at version " + current.version);
        }
        UUID id = current.id;
        commands.sendAndWait(factory.create(id, expected));
        IncidentDetails updated = visible(id.toString());
        return ResponseEntity.ok().eTag(etag(updated)).body(updated);
    }

    @FunctionalInterface
    private interface CommandFactory {
        Object create(UUID incidentId, Long expectedVersion);
    }

    private IncidentDetails visible(String idOrKey) {
        return incidents.find(CurrentActor.require(), idOrKey).orElseThrow(() -> new NotFoundException("Incident", idOrKey));
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher m = ETAG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw new InvalidInputException("If-Match", "etag", "If-Match names a version as the ETag gave it, e.g. \"3\"");
        }
        return Long.valueOf(m.group(1));
    }

    private static String etag(IncidentDetails details) {
        return "\"" + details.version + "\"";
    }

    private static dev.vigil.contracts.incident.Person person(Actor actor) {
        return new dev.vigil.contracts.incident.Person(actor.subject(), actor.displayName());
    }

}
