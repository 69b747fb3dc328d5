package dev.vigil.contracts.incident;

/** The severity ladder: SEV1 is critical, SEV4 is low. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4
}
