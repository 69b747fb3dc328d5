package dev.vigil.incident.roles;

import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.Person;
import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/incidents/{id}/roles}. */
@RestController
class AssignRoleController {

    /** The body: no id, actor or time (the server owns those; unknown fields are refused). */
    record Request(IncidentRole role, String subject, String name) {
    }

    private final IncidentResource resource;

    AssignRoleController(IncidentResource resource) {
        this.resource = resource;
    }

    @PostMapping("/api/incidents/{idOrKey}/roles")
    ResponseEntity<IncidentDetails> role(@PathVariable String idOrKey, @RequestBody Request body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return resource.command(idOrKey, ifMatch, (id, v) -> new AssignRole(id, v, body.role(), body.subject() == null ? null : new Person(body.subject(), body.name())));
    }
}
