package dev.vigil.notification.obligations;

import dev.vigil.contracts.incident.HarmClass;
import dev.vigil.contracts.incident.HarmRealisation;

import java.time.Instant;
import java.util.List;

/**
 * The incident's own facts, as the incident topic reports them. Any of them may be unknown (null).
 *
 * @param awareAt                  when the organisation became aware: it starts most clocks
 * @param jurisdictions            ISO codes of where it happened (EU, DE, US-CA, ...)
 * @param deathsOrSeriousInjuries  how many people died or were seriously injured
 * @param deaths                   how many of those died, when known apart from the injured
 */
public record IncidentFacts(
        Instant awareAt,
        Instant occurredAt,
        List<String> jurisdictions,
        HarmRealisation realisation,
        List<HarmClass> harmClasses,
        Integer deathsOrSeriousInjuries,
        Integer deaths,
        Boolean personalDataInvolved,
        Boolean criticalInfrastructureDisruption) {

    public IncidentFacts {
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        harmClasses = harmClasses == null ? List.of() : List.copyOf(harmClasses);
    }
}
