package dev.vigil.incident.updates;

import dev.vigil.contracts.incident.Audience;
import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** {@code POST /api/incidents/{id}/updates}. */
@RestController
class PostStatusUpdateController {

    /** The body: no id, actor or time (the server owns those; unknown fields are refused). */
    record Request(Audience audience, String text) {
    }

    private final IncidentResource resource;

    PostStatusUpdateController(IncidentResource resource) {
        this.resource = resource;
    }

    @PostMapping("/api/incidents/{idOrKey}/updates")
    ResponseEntity<IncidentDetails> update(@PathVariable String idOrKey, @RequestBody Request body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return resource.command(idOrKey, ifMatch, (id, v) -> new PostStatusUpdate(id, v, UUID.randomUUID(), body.audience(), body.text()));
    }
}
