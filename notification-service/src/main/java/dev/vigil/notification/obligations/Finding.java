package dev.vigil.notification.obligations;

/**
 * One line of an explanation: which condition of a rule, what the facts say, and why.
 *
 * @param condition the condition's name in the catalogue (e.g. SERIOUS_INCIDENT, TERRITORY)
 */
public record Finding(String condition, Verdict verdict, String because) {
}
