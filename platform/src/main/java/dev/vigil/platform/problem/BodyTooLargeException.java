package dev.vigil.platform.problem;

import java.io.IOException;

/** A request body passed the size limit while it was read: answered 413, naming the limit. */
public class BodyTooLargeException extends IOException {

    private final long maxBytes;

    public BodyTooLargeException(long maxBytes) {
        super("A request body is at most " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
