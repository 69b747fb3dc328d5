package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** Someone saved a section of the review (the whole new text). */
public record SectionWritten(UUID reviewId, String section, String text, Person writtenBy, Instant writtenAt) {
}
