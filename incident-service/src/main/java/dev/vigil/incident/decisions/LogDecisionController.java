package dev.vigil.incident.decisions;

import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.KillSwitchScope;
import dev.vigil.contracts.incident.Person;
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

import java.util.List;
import java.util.UUID;

/** {@code POST /api/incidents/{id}/decisions}: decided by the caller. */
@RestController
class LogDecisionController {

    /** The body: no id, actor or time (the server owns those; unknown fields are refused). */
    record Request(DecisionKind kind, String decision, String rationale, List<String> alternatives,
                   KillSwitchScope killSwitchScope, String killSwitchTarget, String rollbackToModelVersion,
                   Boolean reversible) {
    }

    private final IncidentResource resource;

    LogDecisionController(IncidentResource resource) {
        this.resource = resource;
    }

    @PostMapping("/api/incidents/{idOrKey}/decisions")
    ResponseEntity<IncidentDetails> decision(@PathVariable String idOrKey, @RequestBody Request body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Actor actor = CurrentActor.require();
        return resource.command(idOrKey, ifMatch, (id, v) -> new LogDecision(id, v, UUID.randomUUID(),
                body.kind(), body.decision(), body.rationale(), body.alternatives(), body.killSwitchScope(),
                body.killSwitchTarget(), body.rollbackToModelVersion(), body.reversible(),
                new Person(actor.subject(), actor.displayName())));
    }
}
