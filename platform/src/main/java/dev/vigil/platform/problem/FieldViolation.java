package dev.vigil.platform.problem;

/**
 * One broken rule about one piece of input.
 *
 * @param field   JSON path of the offending field ({@code severity}, {@code jurisdictions[1]}), or the
 *                parameter name
 * @param rule    short machine-readable rule name ({@code required}, {@code not-before-detectedAt})
 * @param message the rule in words, for people
 */
public record FieldViolation(String field, String rule, String message) {
}
