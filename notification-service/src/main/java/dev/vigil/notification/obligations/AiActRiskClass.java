package dev.vigil.notification.obligations;

/** The EU AI Act's classes of AI systems and general-purpose models. */
public enum AiActRiskClass {
    PROHIBITED, HIGH_RISK, GPAI, GPAI_SYSTEMIC_RISK, LIMITED, MINIMAL
}
