package dev.vigil.incident.details;

import dev.vigil.platform.problem.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** {@code GET /api/incidents/{id}}: the incident now, or as it stood at {@code asOf} (rebuilt from its events). */
@RestController
class ReadIncidentController {

    private final IncidentResource resource;
    private final IncidentEventLog events;

    ReadIncidentController(IncidentResource resource, IncidentEventLog events) {
        this.resource = resource;
        this.events = events;
    }

    @GetMapping("/api/incidents/{idOrKey}")
    ResponseEntity<IncidentDetails> get(@PathVariable String idOrKey, @RequestParam(required = false) Instant asOf) {
        IncidentDetails current = resource.visible(idOrKey);
        if (asOf == null) {
            return IncidentResource.ok(current);
        }
        IncidentDetails then = events.asOf(current.id(), asOf)
                .orElseThrow(() -> new NotFoundException("Incident", idOrKey + " as of " + asOf));
        return ResponseEntity.ok(resource.withSystem(then));
    }
}
