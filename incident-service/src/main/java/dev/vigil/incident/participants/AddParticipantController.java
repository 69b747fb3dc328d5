package dev.vigil.incident.participants;

import dev.vigil.contracts.incident.Person;
import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/incidents/{id}/participants}. */
@RestController
class AddParticipantController {

    /** The body: no id, actor or time (the server owns those; unknown fields are refused). */
    record Request(String subject, String name) {
    }

    private final IncidentResource resource;

    AddParticipantController(IncidentResource resource) {
        this.resource = resource;
    }

    @PostMapping("/api/incidents/{idOrKey}/participants")
    ResponseEntity<IncidentDetails> join(@PathVariable String idOrKey, @RequestBody Request body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return resource.command(idOrKey, ifMatch, (id, v) -> new AddParticipant(id, v, body.subject() == null ? null : new Person(body.subject(), body.name())));
    }
}
