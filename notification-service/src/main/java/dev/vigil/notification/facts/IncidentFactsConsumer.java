package dev.vigil.notification.facts;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.incident.ImpactAssessed;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.notification.assessment.Reassessment;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Keeps each incident's facts from the incident topic (awareness, occurrence, jurisdictions, system,
 * severity, and the impact: harm realisation and classes, deaths or serious injuries, personal data,
 * critical infrastructure) and recomputes the incident's obligations in the same transaction. The
 * platform records each event id with the change, so a redelivered event changes nothing; an older
 * impact revision never overwrites a newer one.
 */
@Component
class IncidentFactsConsumer implements EventConsumer {

    private final JdbcClient jdbc;
    private final Reassessment reassessment;
    private final Clock clock;

    IncidentFactsConsumer(JdbcClient jdbc, Reassessment reassessment, Clock clock) {
        this.jdbc = jdbc;
        this.reassessment = reassessment;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "incident-facts";
    }

    @Override
    public List<PublishedLanguage> reads() {
        return List.of(IncidentEventTypes.LANGUAGE);
    }

    @Override
    public void consume(EventEnvelope envelope) {
        switch (envelope.event().orElse(null)) {
            case IncidentDeclared e -> declared(e);
            case ImpactAssessed e -> assessed(e);
            case SeverityChanged e -> severity(e);
            case null, default -> { }
        }
    }

    private void declared(IncidentDeclared e) {
        int added = jdbc.sql("""
                        insert into incident_facts (incident_id, incident_key, system_id, severity, aware_at, occurred_at,
                            jurisdictions, updated_at)
                        values (:id, :key, :system, :severity, :awareAt, :occurredAt, :jurisdictions, :now)
                        on conflict (incident_id) do nothing""")
                .param("id", e.incidentId())
                .param("key", e.key())
                .param("system", e.systemId())
                .param("severity", e.severity().name())
                .param("awareAt", FactsStore.timestamp(e.awareAt()))
                .param("occurredAt", FactsStore.timestamp(e.occurredAt()))
                .param("jurisdictions", FactsStore.join(e.jurisdictions()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (added > 0) {
            reassessment.incident(e.incidentId(), "incident " + e.key() + " declared: aware at " + e.awareAt()
                    + ", in " + e.jurisdictions() + ", on system " + e.systemId());
        }
    }

    private void assessed(ImpactAssessed e) {
        ImpactAssessment a = e.assessment();
        int changed = jdbc.sql("""
                        update incident_facts set impact_revision = :revision, realisation = :realisation,
                            harm_classes = :harmClasses, deaths_or_serious_injuries = :harmed, personal_data = :personalData,
                            critical_infrastructure = :ci, updated_at = :now
                        where incident_id = :id and impact_revision < :revision""")
                .param("id", e.incidentId())
                .param("revision", e.revision())
                .param("realisation", a.realisation() == null ? null : a.realisation().name())
                .param("harmClasses", FactsStore.join(a.harmClasses()))
                .param("harmed", a.deathsOrSeriousInjuries())
                .param("personalData", a.personalDataInvolved())
                .param("ci", a.criticalInfrastructureDisruption())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (changed > 0) {
            reassessment.incident(e.incidentId(), "impact assessment revision " + e.revision() + ": " + a.realisation()
                    + ", harm " + a.harmClasses() + ", deaths or serious injuries " + a.deathsOrSeriousInjuries()
                    + ", personal data " + a.personalDataInvolved() + ", critical infrastructure disrupted "
                    + a.criticalInfrastructureDisruption() + " (" + e.reason() + ")");
        }
    }

    private void severity(SeverityChanged e) {
        int changed = jdbc.sql("update incident_facts set severity = :severity, updated_at = :now where incident_id = :id")
                .param("id", e.incidentId())
                .param("severity", e.to().name())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (changed > 0) {
            reassessment.incident(e.incidentId(), "severity " + e.from() + " → " + e.to() + " (" + e.reason() + ")");
        }
    }
}
