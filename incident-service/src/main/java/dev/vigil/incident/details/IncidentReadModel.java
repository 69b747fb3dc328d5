package dev.vigil.incident.details;

import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.readmodel.BulkUpsert;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.NeedToKnow;
import dev.vigil.platform.web.Ids;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The {@code incident_view} table: one {@link IncidentDetails} document per incident, plus search columns. */
@Repository
public class IncidentReadModel {

    private static final List<String> COLUMNS = List.of("incident_id", "incident_key", "title", "summary", "status",
            "severity", "system_id", "category", "jurisdictions", "restricted", "participants", "declared_at", "version",
            "details");
    /** Set when an incident is declared; later events change the others. */
    private static final List<String> SET_AT_DECLARATION = List.of("incident_key", "system_id", "category",
            "jurisdictions", "restricted", "declared_at");

    private static final String UPSERT = "insert into incident_view (" + String.join(", ", COLUMNS) + ") values ("
            + "cast(? as uuid), ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as timestamptz), ?, cast(? as jsonb))"
            + " on conflict (incident_id) do update set "
            + COLUMNS.stream().filter(c -> !c.equals("incident_id") && !SET_AT_DECLARATION.contains(c))
                    .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "))
            + " where incident_view.version < excluded.version";

    private static final BulkUpsert BULK = new BulkUpsert("incident_view", "incident_id", "uuid", "version", COLUMNS);

    private final JdbcClient jdbc;
    private final JdbcTemplate statements;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    IncidentReadModel(JdbcClient jdbc, JdbcTemplate statements, JsonMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.transactions = transactions;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /**
     * Inserts or replaces one view (the live projection event by event, a rebuild of a few), unless one
     * of the same or a later version is stored: a view never goes back.
     */
    public void save(IncidentDetails d) {
        statements.update(UPSERT, row(d));
    }

    /**
     * Many at once (a rebuild writes thousands), in one {@code COPY}; as with {@link #save}, a stored
     * view of the same or a later version is kept. In a transaction of its own, or the caller's if there is one.
     */
    public void saveAll(List<IncidentDetails> views) {
        // writing the documents is most of the JVM's share and independent per view: done on every core, and
        // before the transaction, so that no pooled connection waits on it
        List<Object[]> rows = views.parallelStream().map(this::row).toList();
        transactions.executeWithoutResult(tx ->
                statements.execute((ConnectionCallback<Integer>) connection -> BULK.write(connection, rows)));
    }

    /** A view's columns in {@link #COLUMNS}' order, as text where PostgreSQL casts them. */
    private Object[] row(IncidentDetails d) {
        // ids and instants as text: an Instant's text keeps its zone, a Timestamp's would not
        return new Object[]{d.id().toString(), d.key(), d.title(), d.summary(), d.status().name(), d.severity().name(),
                d.systemId(), d.category().name(), jurisdictions(d), d.restricted(), participants(d),
                d.declaredAt().toString(), d.version(), json.writeValueAsString(d)};
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
