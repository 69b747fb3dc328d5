package dev.vigil.platform.problem;

/** The client's If-Match names a version that is no longer current: answered 412, nothing recorded. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String message) {
        super(message);
    }
}
