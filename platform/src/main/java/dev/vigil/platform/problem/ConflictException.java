package dev.vigil.platform.problem;

import java.util.Map;

/**
 * A request that the record's current state does not allow (an illegal move, a closed incident):
 * answered 409, and nothing is recorded.
 *
 * @see #details() extra members of the problem, e.g. the moves that are allowed
 */
public class ConflictException extends RuntimeException {

    private final String type;
    private final Map<String, Object> details;

    public ConflictException(String type, String message, Map<String, Object> details) {
        super(message);
        this.type = type;
        this.details = Map.copyOf(details);
    }

    public ConflictException(String type, String message) {
        this(type, message, Map.of());
    }

    public String type() {
        return type;
    }

    public Map<String, Object> details() {
        return details;
    }
}
