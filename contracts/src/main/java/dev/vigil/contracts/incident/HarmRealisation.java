package dev.vigil.contracts.incident;

/** OECD terms: an AI incident did lead to harm; an AI hazard could plausibly lead to one. */
public enum HarmRealisation {
    INCIDENT, HAZARD
}
