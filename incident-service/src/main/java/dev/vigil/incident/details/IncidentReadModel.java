package dev.vigil.incident.details;

import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.NeedToKnow;
import dev.vigil.platform.web.Ids;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/** The {@code incident_view} table: one {@link IncidentDetails} document per incident, plus search columns. */
@Repository
public class IncidentReadModel {

    private final JdbcClient jdbc;
    private final JdbcTemplate statements;
    private final JsonMapper json;

    IncidentReadModel(JdbcClient jdbc, JdbcTemplate statements, JsonMapper json) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public void save(IncidentDetails d) {
        saveAll(List.of(d));
    }

    /** Inserts or replaces views, each column passed as one array (one statement for one view or 500). */
    private static final String UPSERT = """
            insert into incident_view (incident_id, incident_key, title, summary, status, severity, system_id,
                category, jurisdictions, restricted, participants, declared_at, version, details)
            select cast(id as uuid), key, title, summary, status, severity, system_id, category, jurisdictions, restricted,
                cast(participants as jsonb), cast(declared_at as timestamptz), version, cast(details as jsonb)
            from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as boolean[]),
                cast(? as text[]), cast(? as text[]), cast(? as bigint[]), cast(? as text[]))
                as v(id, key, title, summary, status, severity, system_id, category, jurisdictions, restricted,
                participants, declared_at, version, details)
            on conflict (incident_id) do update set title = excluded.title, summary = excluded.summary,
                status = excluded.status, severity = excluded.severity, participants = excluded.participants,
                version = excluded.version, details = excluded.details""";

    /**
     * Many at once, in one statement: a rebuild writes thousands, and a statement per row (even
     * batched) was most of its time.
     */
    public void saveAll(List<IncidentDetails> views) {
        if (views.isEmpty()) {
            return;
        }
        statements.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                int n = views.size();
                Object[][] columns = new Object[14][n];
                // writing the documents is most of the work and independent per view: done on every core when
                // there are several (a live update writes one)
                IntStream indexes = n > 1 ? IntStream.range(0, n).parallel() : IntStream.range(0, n);
                indexes.forEach(i -> {
                    IncidentDetails d = views.get(i);
                    // ids and instants as text: an array's elements are sent as text, and a Timestamp's text
                    // has no zone
                    Object[] row = {d.id().toString(), d.key(), d.title(), d.summary(), d.status().name(), d.severity().name(),
                            d.systemId(), d.category().name(), jurisdictions(d), d.restricted(), participants(d),
                            d.declaredAt().toString(), d.version(), json.writeValueAsString(d)};
                    for (int c = 0; c < row.length; c++) {
                        columns[c][i] = row[c];
                    }
                });
                String[] types = {"text", "text", "text", "text", "text", "text", "text", "text", "text", "boolean",
                        "text", "text", "bigint", "text"};
                for (int c = 0; c < columns.length; c++) {
                    upsert.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
                }
                return upsert.executeUpdate();
            }
        });
    }

    private static String jurisdictions(IncidentDetails d) {
        return "," + String.join(",", d.jurisdictions()) + ",";
    }

    private String participants(IncidentDetails d) {
        return json.writeValueAsString(d.participants().stream().map(Person::subject).toList());
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
                        + (id != null ? "incident_id = :id" : "incident_key = :key") + " and" + NeedToKnow.SQL)
                .param("id", id)
                .param("key", idOrKey)
                .params(NeedToKnow.parameters(viewer))
                .query(String.class).optional().map(this::read);
    }

    /**
     * Incidents matching the given SQL conditions (over {@code incident_view}'s columns), of those the
     * viewer may know exist, in the given order.
     */
    public List<IncidentDetails> query(Actor viewer, List<String> conditions, Map<String, Object> parameters,
                                       String orderBy, int page, int size) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.putAll(NeedToKnow.parameters(viewer));
        return jdbc.sql("select details from incident_view where" + where(conditions) + " order by " + orderBy
                        + " limit :size offset :offset")
                .params(params)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(String.class).list().stream().map(this::read).toList();
    }

    public long count(Actor viewer, List<String> conditions, Map<String, Object> parameters) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.putAll(NeedToKnow.parameters(viewer));
        return jdbc.sql("select count(*) from incident_view where" + where(conditions))
                .params(params).query(Long.class).single();
    }

    private static String where(List<String> conditions) {
        List<String> all = new ArrayList<>(conditions);
        all.add(NeedToKnow.SQL);
        return " " + String.join(" and ", all);
    }

    private IncidentDetails read(String document) {
        return json.readValue(document, IncidentDetails.class);
    }

}
