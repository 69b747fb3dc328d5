package dev.vigil.notification.obligations;

import java.util.List;

/**
 * What one rule of the catalogue makes of an incident, whether it applies or not: the findings say
 * which condition failed or is still open.
 */
public record RuleAssessment(String ruleId, Regime regime, String title, String citation, String ruleVersion,
                             Applicability applicability, List<Finding> findings, List<Obligation> obligations) {

    public RuleAssessment {
        findings = List.copyOf(findings);
        obligations = List.copyOf(obligations);
    }
}
