package dev.vigil.notification.obligations;

/**
 * One legal entity of the organisation and where it is established.
 *
 * @param establishedIn ISO code of the jurisdiction: a country (DE), a subdivision (US-CA) or EU
 */
public record LegalEntity(String name, String establishedIn) {
}
