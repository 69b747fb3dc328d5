package dev.vigil.contracts.review;

/** What kind of condition a contributing factor is: never a person. */
public enum FactorCategory {
    MODEL_BEHAVIOUR, DATA, EVALUATION_GAP, MONITORING_GAP, PROCESS, ORGANISATIONAL, TOOLING, HUMAN_FACTORS
}
