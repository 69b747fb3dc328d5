package dev.vigil.platform.web;

import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.problem.StaleVersionException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Record versions as HTTP entity tags: every answer names the version it shows, and a command may
 * send it back as If-Match. A stale one is refused (412) before any rule is weighed: the caller
 * decided on a state that is gone.
 */
public final class ETags {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version If-Match names (null when absent or {@code *}); 400 when it is no version, 412 when
     * it is not the current one.
     */
    public static Long expectedVersion(String ifMatch, long current, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher m = ETAG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw new InvalidInputException("If-Match", "etag", "If-Match names a version as the ETag gave it, e.g. \"3\"");
        }
        long expected = Long.parseLong(m.group(1));
        if (expected != current) {
            throw new StaleVersionException(what + " is at version " + current);
        }
        return expected;
    }
}
