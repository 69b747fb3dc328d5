package dev.vigil.notification.facts;

import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.contracts.incident.HarmClass;
import dev.vigil.contracts.incident.HarmRealisation;
import dev.vigil.notification.assessment.CaseInputs;
import dev.vigil.notification.obligations.AiActRiskClass;
import dev.vigil.notification.obligations.AiSystemFacts;
import dev.vigil.notification.obligations.IncidentFacts;
import dev.vigil.notification.obligations.OrganisationProfile;
import dev.vigil.notification.obligations.OrganisationRole;
import dev.vigil.notification.profile.ProfileView;
import dev.vigil.notification.profile.ProfileViews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * notification-service's own projection of each incident's facts ({@code incident_facts}) and each
 * AI system's ({@code system_facts}), written by the consumers of the incident and policy topics,
 * and read as the inputs of the obligations engine.
 */
@Component
public class FactsStore implements CaseInputs {

    private final JdbcClient jdbc;
    private final ProfileViews profiles;

    FactsStore(JdbcClient jdbc, ProfileViews profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    @Override
    public Inputs of(UUID incidentId) {
        OrganisationProfile profile = profiles.current().map(ProfileView::engineProfile)
                .orElse(OrganisationProfile.unknown());
        Optional<Row> incident = incident(incidentId);
        AiSystemFacts system = incident.flatMap(i -> system(i.systemId())).orElseGet(() ->
                new AiSystemFacts(incident.map(Row::systemId).orElse(null), null, null, null));
        return new Inputs(profile, system, incident.map(Row::facts).orElse(null));
    }

    @Override
    public List<UUID> incidents() {
        return jdbc.sql("select incident_id from incident_facts order by incident_id").query(UUID.class).list();
    }

    @Override
    public List<UUID> incidentsOnSystem(String systemId) {
        return jdbc.sql("select incident_id from incident_facts where system_id = :system order by incident_id")
                .param("system", systemId).query(UUID.class).list();
    }

    /** An incident's facts as kept here, with its key and system. */
    public record Row(UUID incidentId, String key, String systemId, String severity, IncidentFacts facts) {
    }

    public Optional<Row> incident(UUID incidentId) {
        return jdbc.sql("select * from incident_facts where incident_id = :id").param("id", incidentId)
                .query(FactsStore::row).optional();
    }

    public Optional<AiSystemFacts> system(String systemId) {
        return jdbc.sql("select * from system_facts where system_id = :id").param("id", systemId)
                .query((rs, n) -> new AiSystemFacts(rs.getString("system_id"),
                        split(rs.getString("roles")).stream().map(FactsStore::role).filter(Objects::nonNull)
                                .collect(Collectors.toSet()),
                        riskClass(RiskClass.valueOf(rs.getString("risk_class"))), split(rs.getString("jurisdictions"))))
                .optional();
    }

    /** The EU AI Act class the engine knows for the inventory's class. */
    static AiActRiskClass riskClass(RiskClass riskClass) {
        return switch (riskClass) {
            case MINIMAL -> AiActRiskClass.MINIMAL;
            case LIMITED -> AiActRiskClass.LIMITED;
            case GENERAL_PURPOSE -> AiActRiskClass.GPAI;
            case GENERAL_PURPOSE_SYSTEMIC_RISK -> AiActRiskClass.GPAI_SYSTEMIC_RISK;
            case HIGH_RISK -> AiActRiskClass.HIGH_RISK;
            case PROHIBITED -> AiActRiskClass.PROHIBITED;
        };
    }

    /** The engine's role, or null for one no notification rule turns on (an authorised representative). */
    static OrganisationRole role(String role) {
        return Arrays.stream(OrganisationRole.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String realisation = rs.getString("realisation");
        Integer harmed = (Integer) rs.getObject("deaths_or_serious_injuries");
        IncidentFacts facts = new IncidentFacts(instant(rs.getTimestamp("aware_at")), instant(rs.getTimestamp("occurred_at")),
                split(rs.getString("jurisdictions")),
                realisation == null ? null : HarmRealisation.valueOf(realisation),
                rs.getString("harm_classes") == null ? null
                        : split(rs.getString("harm_classes")).stream().map(HarmClass::valueOf).toList(),
                harmed, null, (Boolean) rs.getObject("personal_data"), (Boolean) rs.getObject("critical_infrastructure"));
        return new Row(rs.getObject("incident_id", UUID.class), rs.getString("incident_key"), rs.getString("system_id"),
                rs.getString("severity"), facts);
    }

    static String join(java.util.Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
