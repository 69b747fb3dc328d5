package dev.vigil.notification.assessment;

import dev.vigil.notification.events.Determinations;
import dev.vigil.notification.events.ObligationTerms;
import dev.vigil.notification.events.ObligationTerms.Reason;
import dev.vigil.notification.events.ObligationTerms.Stage;
import dev.vigil.notification.obligations.ComplianceDeterminations;
import dev.vigil.notification.obligations.Finding;
import dev.vigil.notification.obligations.Obligation;

import java.util.List;

/** Between the engine's records and the recorded events' own: the events must not change when the engine does. */
public final class EngineTerms {

    private EngineTerms() {
    }

    public static ObligationTerms terms(Obligation o) {
        return new ObligationTerms(o.key(), o.ruleId(), o.regime().name(), o.title(), o.citation(), o.ruleVersion(),
                o.authority().jurisdiction(), o.authority().name(), o.authority().zone().getId(), o.authorityConfigured(),
                o.clockStartFact() == null ? null : o.clockStartFact().name(), o.clockStartedAt(),
                o.stages().stream().map(s -> new Stage(s.id(), s.name(), s.dueAt(), s.immediate(), s.wording(),
                        s.startsFrom(), s.startsAt(), s.waitingForSubmissionOf(), s.submittedAt(), s.basis())).toList(),
                reasons(o.explanation()));
    }

    public static List<Reason> reasons(List<Finding> findings) {
        return findings.stream().map(f -> new Reason(f.condition(), f.verdict().name(), f.because())).toList();
    }

    public static ComplianceDeterminations engine(Determinations d) {
        return new ComplianceDeterminations(d.seriousIncident(), d.causalLinkEstablished(), d.causalLinkEstablishedAt(),
                d.widespreadInfringement(), d.seriousIrreversibleCriticalInfrastructureDisruption(),
                d.personalDataBreach(), d.highRiskToDataSubjects(), d.nis2SignificantIncident(), d.doraMajorIncident(),
                d.doraClassifiedAt(), d.secMaterial(), d.secMaterialityDeterminedAt(), d.caCriticalSafetyIncident(),
                d.caDiscoveredAt(), d.nySafetyIncident(), d.nyDeterminedAt(), d.imminentRiskOfDeathOrSeriousInjury());
    }
}
