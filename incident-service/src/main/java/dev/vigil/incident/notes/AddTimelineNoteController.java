package dev.vigil.incident.notes;

import dev.vigil.contracts.incident.Person;
import dev.vigil.incident.access.IncidentAccessRules;
import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentResource;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** {@code POST /api/incidents/{id}/notes}: written by the caller. */
@RestController
class AddTimelineNoteController {

    /** The body: no id, actor or time (the server owns those; unknown fields are refused). */
    record Request(String text) {
    }

    private final IncidentResource resource;

    AddTimelineNoteController(IncidentResource resource) {
        this.resource = resource;
    }

    @PostMapping("/api/incidents/{idOrKey}/notes")
    ResponseEntity<IncidentDetails> note(@PathVariable String idOrKey, @RequestBody Request body,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Actor actor = CurrentActor.require();
        boolean writesAnywhere = IncidentAccessRules.RUN_ANY_INCIDENT.stream().anyMatch(r -> actor.roles().contains(r.name()));
        return resource.command(idOrKey, ifMatch, (id, v) -> new AddTimelineNote(id, v, UUID.randomUUID(), body.text(),
                new Person(actor.subject(), actor.displayName()), writesAnywhere));
    }
}
