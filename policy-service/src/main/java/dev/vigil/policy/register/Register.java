package dev.vigil.policy.register;

import dev.vigil.platform.eventstore.StoredEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The exception register ({@code exception_register}), kept in the transaction that records each
 * change; and the register as it stood at any instant, rebuilt from the events by the same fold.
 */
@Component
@ProcessingGroup(Register.GROUP)
public class Register {

    static final String GROUP = "exception-register";
    /** The aggregate type of policy exceptions, as stored with their events. */
    public static final String EXCEPTION_TYPE = "PolicyException";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventStore eventStore;
    private final StoredEvents stored;

    Register(JdbcClient jdbc, JsonMapper json, EventStore eventStore, StoredEvents stored) {
        this.jdbc = jdbc;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.eventStore = eventStore;
        this.stored = stored;
    }

    public Optional<RegisterRow> find(UUID exceptionId) {
        return jdbc.sql("select document from exception_register where id = :id").param("id", exceptionId.toString())
                .query(String.class).optional().map(this::read);
    }

    /** Every row now, newest request first. */
    public List<RegisterRow> all() {
        return jdbc.sql("select document from exception_register").query(String.class).list().stream().map(this::read)
                .sorted(NEWEST_FIRST).toList();
    }

    /** Every row as it stood at the instant (exceptions not yet requested then are absent). */
    public List<RegisterRow> asOf(Instant instant) {
        return stored.lastSequences(EXCEPTION_TYPE).keySet().stream()
                .map(id -> asOf(UUID.fromString(id), instant).orElse(null))
                .filter(Objects::nonNull)
                .sorted(NEWEST_FIRST).toList();
    }

    public Optional<RegisterRow> asOf(UUID exceptionId, Instant instant) {
        RegisterRow row = null;
        for (DomainEventMessage<?> event : eventStore.readEvents(exceptionId.toString()).asStream().toList()) {
            if (event.getTimestamp().isAfter(instant)) {
                break;
            }
            row = RegisterRow.apply(row, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return Optional.ofNullable(row);
    }

    /** The exceptions that covered the system at the instant: a query on the bounds each row keeps. */
    public List<RegisterRow> inForceAt(String systemId, Instant instant) {
        return jdbc.sql("select document from exception_register where system_ids like :system "
                        + "and active_from <= :t and (active_until is null or active_until > :t)")
                .param("system", "%," + systemId.replace("%", "").replace("_", "\\_") + ",%")
                .param("t", Timestamp.from(instant))
                .query(String.class).list().stream().map(this::read).toList();
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!EXCEPTION_TYPE.equals(message.getType())) {
            return;
        }
        UUID id = UUID.fromString(message.getAggregateIdentifier());
        RegisterRow before = find(id).orElse(null);
        if (before != null && before.version() >= message.getSequenceNumber()) {
            return; // already applied
        }
        RegisterRow row = RegisterRow.apply(before, event, message.getSequenceNumber(), message.getTimestamp());
        jdbc.sql("""
                        insert into exception_register (id, version, system_ids, status, active_from, active_until, document)
                        values (:id, :version, :systems, :status, :from, :until, cast(:document as jsonb))
                        on conflict (id) do update set version = excluded.version, system_ids = excluded.system_ids,
                            status = excluded.status, active_from = excluded.active_from,
                            active_until = excluded.active_until, document = excluded.document""")
                .param("id", id.toString())
                .param("version", row.version())
                .param("systems", "," + String.join(",", row.systemIds()) + ",")
                .param("status", row.status())
                .param("from", row.activeFrom() == null ? null : Timestamp.from(row.activeFrom()))
                .param("until", row.activeUntil() == null ? null : Timestamp.from(row.activeUntil()))
                .param("document", json.writeValueAsString(row))
                .update();
    }

    private RegisterRow read(String document) {
        return json.readValue(document, RegisterRow.class);
    }

    private static final Comparator<RegisterRow> NEWEST_FIRST =
            Comparator.comparing(RegisterRow::requestedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(RegisterRow::key, Comparator.nullsLast(Comparator.reverseOrder()));
}
