package dev.vigil.notification.events;

import java.time.Instant;

/**
 * Someone signed in for the first time: the directory entry as their token (or dev-user settings)
 * gave it. {@code source} says where the email came from ({@code token} or {@code dev-user}).
 */
public record PersonRegistered(String subject, String name, String email, String source, Instant registeredAt) {
}
