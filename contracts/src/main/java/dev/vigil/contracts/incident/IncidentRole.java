package dev.vigil.contracts.incident;

/** Roles within one incident's response (the commander is assigned on its own). */
public enum IncidentRole {
    TECH_LEAD, COMMUNICATIONS_LEAD, SCRIBE, LIAISON
}
