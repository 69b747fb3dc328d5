package dev.vigil.review.jira;

import java.time.Duration;

/**
 * A call to Jira that did not succeed: unreachable, too slow, throttled (429, with the Retry-After it asked for),
 * failing (5xx), or refusing the request (another 4xx). Each is retried with back-off; none loses the change.
 */
class JiraException extends RuntimeException {

    private final int status;
    private final Duration retryAfter;

    JiraException(String message, int status, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status, or 0 when Jira was not reached. */
    int status() {
        return status;
    }

    /** What Jira asked to wait (Retry-After), or zero. */
    Duration retryAfter() {
        return retryAfter == null ? Duration.ZERO : retryAfter;
    }
}
