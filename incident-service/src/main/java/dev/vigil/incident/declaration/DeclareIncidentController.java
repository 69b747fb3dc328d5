package dev.vigil.incident.declaration;

import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentResource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

/** {@code POST /api/incidents}: declares an incident; 201 with its location, state and version. */
@RestController
class DeclareIncidentController {

    private final CommandGateway commands;
    private final IncidentResource resource;

    DeclareIncidentController(CommandGateway commands, IncidentResource resource) {
        this.commands = commands;
        this.resource = resource;
    }

    @PostMapping("/api/incidents")
    ResponseEntity<IncidentDetails> declare(@RequestBody DeclareIncidentRequest request) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new DeclareIncident(id, request.title(), request.summary(), request.systemId(),
                request.modelVersion(), request.severity(), request.category(), request.detectionSource(),
                request.occurredAt(), request.detectedAt(), request.awareAt(), request.jurisdictions(),
                request.restricted(), request.exercise()));
        IncidentDetails declared = resource.visible(id.toString());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(id).toUri()).eTag(IncidentResource.etag(declared)).body(declared);
    }
}
