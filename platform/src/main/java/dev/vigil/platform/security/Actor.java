package dev.vigil.platform.security;

import java.util.List;

/**
 * Who did something: the authenticated principal, as recorded on every event.
 *
 * @param subject     stable id of the principal (the JWT {@code sub}, or the dev user's name)
 * @param displayName what people call them
 * @param roles       Vigil roles held when acting
 */
public record Actor(String subject, String displayName, List<String> roles) {

    public static final Actor SYSTEM = new Actor("system", "Vigil", List.of());

    public Actor {
        roles = List.copyOf(roles);
    }
}
