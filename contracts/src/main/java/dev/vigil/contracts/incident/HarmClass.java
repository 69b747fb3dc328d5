package dev.vigil.contracts.incident;

/** Classes of harm (after the OECD AI Incidents Monitor). */
public enum HarmClass {
    DEATH_OR_INJURY,
    HEALTH,
    CRITICAL_INFRASTRUCTURE,
    FUNDAMENTAL_RIGHTS_OR_LEGAL_OBLIGATIONS,
    PROPERTY_COMMUNITIES_OR_ENVIRONMENT,
    PERSONAL_DATA
}
