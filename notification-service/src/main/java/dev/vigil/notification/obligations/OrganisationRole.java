package dev.vigil.notification.obligations;

/** The organisation's role for an AI system, in the EU AI Act's terms. */
public enum OrganisationRole {
    PROVIDER, DEPLOYER, IMPORTER, DISTRIBUTOR
}
