package dev.vigil.platform.problem;

/**
 * The caller's role allows the route, but not this decision on this record (e.g. a policy owner
 * deciding an exception to someone else's policy): answered 403, and nothing is recorded.
 */
public class ForbiddenException extends RuntimeException {

    private final String type;

    public ForbiddenException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
