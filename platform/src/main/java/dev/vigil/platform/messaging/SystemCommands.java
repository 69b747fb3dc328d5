package dev.vigil.platform.messaging;

import dev.vigil.platform.security.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Commands Vigil sends on its own behalf (a due date reached, another service's fact heard), with the
 * system as actor, so that their events say no person did them.
 */
public class SystemCommands {

    private final CommandGateway commands;

    public SystemCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** Sends as the system and waits for the outcome. */
    public <R> R send(Object command) {
        return send(command, Actor.SYSTEM);
    }

    /** Sends on behalf of an actor known from elsewhere (e.g. another service's event), and waits. */
    public <R> R send(Object command, Actor actor) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(VigilMetaData.of(actor)));
    }
}
