package dev.vigil.platform.problem;

import java.util.List;

/**
 * Well-formed input that breaks a domain rule (times out of order, a step the record's state does
 * not allow): answered 422, and nothing is recorded.
 */
public class RuleViolationException extends RuntimeException {

    private final List<FieldViolation> violations;

    public RuleViolationException(List<FieldViolation> violations) {
        super(InvalidInputException.describe(violations));
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(String field, String rule, String message) {
        this(List.of(new FieldViolation(field, rule, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
