package dev.vigil.platform.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the broken input rules of one request and refuses it with all of them at once (400),
 * before any command exists. Rules about the record's state are the model's (409/422).
 */
public final class InputRules {

    public static final int LINE_MAX = 200;
    public static final int TEXT_MAX = 10_000;

    private final List<FieldViolation> violations = new ArrayList<>();

    public InputRules text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new FieldViolation(field, "required", field + " is required"));
            }
        } else if (value.strip().length() > max) {
            violations.add(new FieldViolation(field, "max-length", field + " is at most " + max + " characters"));
        } else if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f)) {
            violations.add(new FieldViolation(field, "no-control-characters",
                    field + " may not contain control characters (other than line breaks and tabs)"));
        }
        return this;
    }

    /** A list of at most {@code max} entries (null counts as empty). */
    public InputRules size(String field, java.util.Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            violations.add(new FieldViolation(field, "max-size", field + " holds at most " + max + " entries"));
        }
        return this;
    }

    public InputRules required(String field, Object value, String what) {
        if (value == null) {
            violations.add(new FieldViolation(field, "required", field + " is required: " + what));
        }
        return this;
    }

    public InputRules violation(String field, String rule, String message) {
        violations.add(new FieldViolation(field, rule, message));
        return this;
    }

    /** Throws {@link InvalidInputException} with every violation collected, if any. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The text without surrounding blanks, or null when there is none. */
    public static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
