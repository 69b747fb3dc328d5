package dev.vigil.incident.lifecycle;

import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/incidents/{id}/status}. */
@RestController
class ChangeStatusController {

    /** The body: no id, actor or time (the server owns those; unknown fields are refused). */
    record Request(IncidentStatus status, String reason) {
    }

    private final IncidentResource resource;

    ChangeStatusController(IncidentResource resource) {
        this.resource = resource;
    }

    @PostMapping("/api/incidents/{idOrKey}/status")
    ResponseEntity<IncidentDetails> status(@PathVariable String idOrKey, @RequestBody Request body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return resource.command(idOrKey, ifMatch, (id, v) -> new ChangeStatus(id, v, body.status(), body.reason()));
    }
}
