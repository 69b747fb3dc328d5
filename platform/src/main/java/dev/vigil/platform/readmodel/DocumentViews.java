package dev.vigil.platform.readmodel;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A read model kept as one JSON document per record, in a table {@code (id text primary key,
 * version bigint not null, document jsonb not null)}: for views that are read whole and are few
 * enough to filter in memory (an inventory, a policy library). Writes are idempotent: a document
 * older than the stored one is ignored, so a redelivered event changes nothing.
 */
public class DocumentViews<T> {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String table;
    private final Class<T> type;

    public DocumentViews(JdbcClient jdbc, JsonMapper json, String table, Class<T> type) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.table = table;
        this.type = type;
    }

    /** Stores the document at this version, unless a later version is already stored. */
    public void put(String id, long version, T document) {
        jdbc.sql("insert into " + table + " (id, version, document) values (:id, :version, cast(:document as jsonb)) "
                        + "on conflict (id) do update set version = excluded.version, document = excluded.document "
                        + "where " + table + ".version < excluded.version")
                .param("id", id)
                .param("version", version)
                .param("document", json.writeValueAsString(document))
                .update();
    }

    /**
     * Applies the record's event at {@code sequence} to its document, once: an event the stored
     * version already includes (a redelivery, a replay) changes nothing. {@code change} receives the
     * stored document, or null for the record's first event, and may answer null to store nothing.
     */
    public void fold(String id, long sequence, UnaryOperator<T> change) {
        Optional<Long> stored = jdbc.sql("select version from " + table + " where id = :id").param("id", id)
                .query(Long.class).optional();
        if (stored.isPresent() && stored.get() >= sequence) {
            return;
        }
        T after = change.apply(stored.isPresent() ? get(id).orElseThrow() : null);
        if (after != null) {
            put(id, sequence, after);
        }
    }

    /** Each stored document's version, by id: read without parsing a document. */
    public Map<String, Long> versions() {
        Map<String, Long> versions = new HashMap<>();
        jdbc.sql("select id, version from " + table).query(rs -> {
            versions.put(rs.getString(1), rs.getLong(2));
        });
        return versions;
    }

    /**
     * Brings the view level with the event store: every record whose document is missing or behind
     * its last event ({@code lastSequences}, by id) is rebuilt by {@code rebuild} (id, last sequence;
     * null when there is nothing to show). Returns how many were rebuilt.
     */
    public int rebuildBehind(Map<String, Long> lastSequences, BiFunction<String, Long, T> rebuild) {
        Map<String, Long> viewed = versions();
        int rebuilt = 0;
        for (Map.Entry<String, Long> last : lastSequences.entrySet()) {
            if (viewed.getOrDefault(last.getKey(), -1L) < last.getValue()) {
                T document = rebuild.apply(last.getKey(), last.getValue());
                if (document != null) {
                    put(last.getKey(), last.getValue(), document);
                    rebuilt++;
                }
            }
        }
        return rebuilt;
    }

    public Optional<T> get(String id) {
        return jdbc.sql("select document from " + table + " where id = :id").param("id", id)
                .query(String.class).optional().map(this::read);
    }

    /** Every document, by id. */
    public List<T> all() {
        return jdbc.sql("select document from " + table + " order by id").query(String.class).list().stream()
                .map(this::read).toList();
    }

    private T read(String document) {
        return json.readValue(document, type);
    }
}
