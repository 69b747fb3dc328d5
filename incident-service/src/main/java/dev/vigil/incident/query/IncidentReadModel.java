package dev.vigil.incident.query;

import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.IncidentVisibility;
import dev.vigil.platform.web.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code incident_view} table: one {@link IncidentDetails} document per incident, plus search columns. */
@Repository
public class IncidentReadModel {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IncidentReadModel(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    void save(IncidentDetails d) {
        jdbc.sql("""
                        insert into incident_view (incident_id, incident_key, title, summary, status, severity, system_id,
                            category, jurisdictions, restricted, participants, declared_at, version, details)
                        values (:id, :key, :title, :summary, :status, :severity, :systemId, :category, :jurisdictions,
                            :restricted, cast(:participants as jsonb), :declaredAt, :version, cast(:details as jsonb))
                        on conflict (incident_id) do update set title = excluded.title, summary = excluded.summary,
                            status = excluded.status, severity = excluded.severity, participants = excluded.participants,
                            version = excluded.version, details = excluded.details""")
                .param("id", d.id)
                .param("key", d.key)
                .param("title", d.title)
                .param("summary", d.summary)
                .param("status", d.status.name())
                .param("severity", d.severity.name())
                .param("systemId", d.systemId)
                .param("category", d.category.name())
                .param("jurisdictions", "," + String.join(",", d.jurisdictions) + ",")
                .param("restricted", d.restricted)
                .param("participants", json.writeValueAsString(d.participants.stream().map(Person::subject).toList()))
                .param("declaredAt", Timestamp.from(d.declaredAt))
                .param("version", d.version)
                .param("details", json.writeValueAsString(d))
                .update();
    }

    /** The stored state, whoever asks: for the projection and for authorisation checks. */
    public Optional<IncidentDetails> load(UUID id) {
        return jdbc.sql("select details from incident_view where incident_id = :id").param("id", id)
                .query(String.class).optional().map(this::read);
    }

    /** By UUID or human key, if the viewer may know the incident exists. */
    public Optional<IncidentDetails> find(Actor viewer, String idOrKey) {
        UUID id = Ids.uuid(idOrKey).orElse(null);
        return jdbc.sql("select details from incident_view where "
                        + (id != null ? "incident_id = :id" : "incident_key = :key") + " and" + IncidentVisibility.SQL)
                .param("id", id)
                .param("key", idOrKey)
                .params(IncidentVisibility.parameters(viewer))
                .query(String.class).optional().map(this::read);
    }

    public List<IncidentDetails> search(Actor viewer, IncidentSearch search, int page, int size) {
        Map<String, Object> params = new HashMap<>(IncidentVisibility.parameters(viewer));
        String where = where(search, params);
        return jdbc.sql("select details from incident_view where" + where + " order by " + search.orderBy()
                        + " limit :size offset :offset")
                .params(params)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(String.class).list().stream().map(this::read).toList();
    }

    public long count(Actor viewer, IncidentSearch search) {
        Map<String, Object> params = new HashMap<>(IncidentVisibility.parameters(viewer));
        return jdbc.sql("select count(*) from incident_view where" + where(search, params))
                .params(params).query(Long.class).single();
    }

    private static String where(IncidentSearch s, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of(IncidentVisibility.SQL));
        if (s.status() != null) {
            conditions.add("status = :status");
            params.put("status", s.status().name());
        }
        if (s.severity() != null) {
            conditions.add("severity = :severity");
            params.put("severity", s.severity().name());
        }
        if (s.systemId() != null) {
            conditions.add("system_id = :systemId");
            params.put("systemId", s.systemId());
        }
        if (s.category() != null) {
            conditions.add("category = :category");
            params.put("category", s.category().name());
        }
        if (s.jurisdiction() != null) {
            conditions.add("jurisdictions like :jurisdiction");
            params.put("jurisdiction", "%," + likeLiteral(s.jurisdiction()) + ",%");
        }
        if (s.declaredFrom() != null) {
            conditions.add("declared_at >= :declaredFrom");
            params.put("declaredFrom", Timestamp.from(s.declaredFrom()));
        }
        if (s.declaredTo() != null) {
            conditions.add("declared_at < :declaredTo");
            params.put("declaredTo", Timestamp.from(s.declaredTo()));
        }
        if (s.text() != null) {
            conditions.add("(title ilike :text or summary ilike :text or incident_key ilike :text)");
            params.put("text", "%" + likeLiteral(s.text()) + "%");
        }
        return " " + String.join(" and ", conditions);
    }

    /** The text as a LIKE pattern that matches only itself. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private IncidentDetails read(String document) {
        return json.readValue(document, IncidentDetails.class);
    }

}
