package dev.vigil.contracts.governance;

/**
 * The layers of an organisation's defence against AI harm: one vocabulary for PIR contributing
 * factors ("which layer had the hole"), policy controls ("which layer this control belongs to")
 * and committee reports, so that a factor can be traced to the control that should have caught it.
 */
public enum ControlLayer {
    /** Risk assessment, approvals, accountability, policy itself. */
    GOVERNANCE,
    /** Training, fine-tuning and retrieval data: quality, provenance, consent. */
    DATA,
    /** Training-time safety: alignment, refusal behaviour, capability limits. */
    MODEL_DEVELOPMENT,
    /** Evaluations and benchmarks before release, including red teaming. */
    PRE_DEPLOYMENT_EVALUATION,
    /** Staged rollout, canaries, release approval, model version pinning. */
    CHANGE_MANAGEMENT,
    /** Input and output filters, classifiers, rate limits, tool permissions. */
    RUNTIME_GUARDRAILS,
    /** Who may use the system or its tools, identity, abuse prevention. */
    ACCESS_CONTROL,
    /** Runtime monitoring, anomaly detection, user and staff reporting. */
    MONITORING_DETECTION,
    /** Human review, escalation paths, the ability to intervene. */
    HUMAN_OVERSIGHT,
    /** Kill switches, rollback, communication. */
    INCIDENT_RESPONSE,
    /** Suppliers of models, data and tools. */
    THIRD_PARTY
}
