package dev.vigil.incident.severity;

import dev.vigil.contracts.incident.Severity;
import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/incidents/{id}/severity}. */
@RestController
class ChangeSeverityController {

    /** The body: no id, actor or time (the server owns those; unknown fields are refused). */
    record Request(Severity severity, String reason) {
    }

    private final IncidentResource resource;

    ChangeSeverityController(IncidentResource resource) {
        this.resource = resource;
    }

    @PostMapping("/api/incidents/{idOrKey}/severity")
    ResponseEntity<IncidentDetails> severity(@PathVariable String idOrKey, @RequestBody Request body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return resource.command(idOrKey, ifMatch, (id, v) -> new ChangeSeverity(id, v, body.severity(), body.reason()));
    }
}
