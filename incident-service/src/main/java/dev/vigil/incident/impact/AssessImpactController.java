package dev.vigil.incident.impact;

import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/incidents/{id}/impact}. */
@RestController
class AssessImpactController {

    /** The body: no id, actor or time (the server owns those; unknown fields are refused). */
    record Request(ImpactAssessment assessment, String reason) {
    }

    private final IncidentResource resource;

    AssessImpactController(IncidentResource resource) {
        this.resource = resource;
    }

    @PostMapping("/api/incidents/{idOrKey}/impact")
    ResponseEntity<IncidentDetails> impact(@PathVariable String idOrKey, @RequestBody Request body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return resource.command(idOrKey, ifMatch, (id, v) -> new AssessImpact(id, v, body.assessment(), body.reason()));
    }
}
