package dev.vigil.incident.api;

import dev.vigil.incident.command.DeclareIncident;
import dev.vigil.incident.query.IncidentView;
import dev.vigil.incident.query.IncidentViews;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.Page;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    private final CommandGateway commands;
    private final IncidentViews views;

    IncidentController(CommandGateway commands, IncidentViews views) {
        this.commands = commands;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<IncidentView> declare(@RequestBody DeclareIncidentRequest request) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new DeclareIncident(id, request.title(), request.summary(), request.systemId(),
                request.modelVersion(), request.severity(), request.category(), request.detectionSource(),
                request.occurredAt(), request.detectedAt(), request.awareAt(), request.jurisdictions(),
                request.restricted()));
        IncidentView declared = views.find(CurrentActor.require(), id.toString())
                .orElseThrow(() -> new IllegalStateException("declared incident " + id + " has no view"));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(id).toUri()).body(declared);
    }

    @GetMapping
    Page<IncidentView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page.check(page, size);
        Actor viewer = CurrentActor.require();
        return new Page<>(views.list(viewer, page, size), page, size, views.count(viewer));
    }

    @GetMapping("/{idOrKey}")
    IncidentView get(@PathVariable String idOrKey) {
        return views.find(CurrentActor.require(), idOrKey)
                .orElseThrow(() -> new NotFoundException("Incident", idOrKey));
    }
}
