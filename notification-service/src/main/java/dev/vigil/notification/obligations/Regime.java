package dev.vigil.notification.obligations;

/** The legal regimes whose notification clocks Vigil follows. */
public enum Regime {
    EU_AI_ACT, GDPR, NIS2, DORA, SEC, CA_SB53, NY_RAISE
}
