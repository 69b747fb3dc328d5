package dev.vigil.incident.command;

import dev.vigil.platform.problem.FieldViolation;
import dev.vigil.platform.problem.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Collects the broken input rules of one command and refuses it with all of them at once (400). */
final class CommandRules {

    static final int LINE_MAX = 200;
    static final int TEXT_MAX = 10_000;

    private final List<FieldViolation> violations = new ArrayList<>();

    CommandRules text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new FieldViolation(field, "required", field + " is required"));
            }
        } else if (value.strip().length() > max) {
            violations.add(new FieldViolation(field, "max-length", field + " is at most " + max + " characters"));
        }
        return this;
    }

    CommandRules required(String field, Object value, String what) {
        if (value == null) {
            violations.add(new FieldViolation(field, "required", field + " is required: " + what));
        }
        return this;
    }

    CommandRules violation(String field, String rule, String message) {
        violations.add(new FieldViolation(field, rule, message));
        return this;
    }

    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
