package dev.vigil.contracts.governance;

/** The organisation's role for an AI system under the EU AI Act (Art. 3): what it owes regulators. */
public enum OrganisationRole {
    PROVIDER,
    DEPLOYER,
    IMPORTER,
    DISTRIBUTOR,
    AUTHORISED_REPRESENTATIVE
}
