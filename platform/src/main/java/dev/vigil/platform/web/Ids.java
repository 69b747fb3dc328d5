package dev.vigil.platform.web;

import java.util.Optional;
import java.util.UUID;

/** Telling record ids (UUIDs) from human keys and other text. */
public final class Ids {

    private Ids() {
    }

    /**
     * The UUID the text spells, in its canonical 36-character form only ({@link UUID#fromString}
     * alone also accepts shortened forms such as {@code 1-2-3-4-5}).
     */
    public static Optional<UUID> uuid(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
