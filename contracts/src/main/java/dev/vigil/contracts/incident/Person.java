package dev.vigil.contracts.incident;

/**
 * A person taking part in an incident.
 *
 * @param subject their identity (the identity provider's subject, or the dev user name)
 * @param name    what people call them
 */
public record Person(String subject, String name) {
}
