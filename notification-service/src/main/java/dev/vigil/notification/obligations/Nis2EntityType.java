package dev.vigil.notification.obligations;

/**
 * NIS2 Art. 3: essential and important entities carry the same Art. 23 reporting duties; an
 * organisation outside the directive's scope says so, rather than leaving the question open.
 */
public enum Nis2EntityType {
    ESSENTIAL, IMPORTANT, NOT_IN_SCOPE
}
