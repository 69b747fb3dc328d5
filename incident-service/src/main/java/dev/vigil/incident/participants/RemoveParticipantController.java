package dev.vigil.incident.participants;

import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /api/incidents/{id}/participants/{subject}}. */
@RestController
class RemoveParticipantController {

    private final IncidentResource resource;

    RemoveParticipantController(IncidentResource resource) {
        this.resource = resource;
    }

    @DeleteMapping("/api/incidents/{idOrKey}/participants/{subject}")
    ResponseEntity<IncidentDetails> leave(@PathVariable String idOrKey, @PathVariable String subject,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return resource.command(idOrKey, ifMatch, (id, v) -> new RemoveParticipant(id, v, subject));
    }
}
