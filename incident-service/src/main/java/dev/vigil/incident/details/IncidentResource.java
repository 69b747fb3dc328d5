package dev.vigil.incident.details;

import dev.vigil.incident.systems.KnownSystems;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.ETags;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The incident as an HTTP resource, for every slice's endpoint: found by id or key only if the caller
 * may know it exists (404 otherwise), answered with its version as ETag, and changed by a command
 * that may name the version the caller last saw (If-Match; a stale one is 412 before any rule).
 */
@Component
public class IncidentResource {

    private final CommandGateway commands;
    private final IncidentReadModel incidents;
    private final KnownSystems systems;

    IncidentResource(CommandGateway commands, IncidentReadModel incidents, KnownSystems systems) {
        this.commands = commands;
        this.incidents = incidents;
        this.systems = systems;
    }

    /** A command to an incident, given its id and the version the caller expects (null: any). */
    @FunctionalInterface
    public interface CommandFactory {
        Object create(UUID incidentId, Long expectedVersion);
    }

    /** The incident, if the caller may know it exists, with what the inventory says of its system. */
    public IncidentDetails visible(String idOrKey) {
        return withSystem(incidents.find(CurrentActor.require(), idOrKey)
                .orElseThrow(() -> new NotFoundException("Incident", idOrKey)));
    }

    /** The incident with its system's record in the inventory (or flagged as unknown to it). */
    public IncidentDetails withSystem(IncidentDetails details) {
        return details.withSystem(systems.of(details.systemId()));
    }

    /** Sends a command to an incident the caller may see, then answers with its new state and version. */
    public ResponseEntity<IncidentDetails> command(String idOrKey, String ifMatch, CommandFactory factory) {
        IncidentDetails current = visible(idOrKey);
        Long expected = ETags.expectedVersion(ifMatch, current.version(), "incident " + current.key());
        commands.sendAndWait(factory.create(current.id(), expected));
        return ok(visible(current.id().toString()));
    }

    public static ResponseEntity<IncidentDetails> ok(IncidentDetails details) {
        return ResponseEntity.ok().eTag(etag(details)).body(details);
    }

    public static String etag(IncidentDetails details) {
        return ETags.of(details.version());
    }
}
