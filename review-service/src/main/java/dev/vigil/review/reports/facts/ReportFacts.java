package dev.vigil.review.reports.facts;

import dev.vigil.contracts.events.EventType;
import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.notification.NotificationEventTypes;
import dev.vigil.contracts.policy.PolicyEventTypes;
import dev.vigil.contracts.review.ReviewEventTypes;
import dev.vigil.review.events.FactorAdded;
import dev.vigil.review.events.FactorWithdrawn;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The append-only table of report facts ({@code report_fact}). A fact is stored once per event id (a
 * redelivered or replayed event changes nothing) with the instant it was recorded; a report as of an instant
 * reads exactly the facts recorded up to it, in a fixed order, so the same instant always gives the same facts.
 */
@Component
public class ReportFacts {

    /** The topics the reports read: incidents, reviews and action items, policy, notifications. */
    public static final List<PublishedLanguage> LANGUAGES = List.of(IncidentEventTypes.LANGUAGE,
            ReviewEventTypes.LANGUAGE, PolicyEventTypes.LANGUAGE, NotificationEventTypes.LANGUAGE);
    /** review-service's own recorded events the reports need (contributing factors are not published). */
    static final Map<String, Class<?>> OWN = Map.of(
            "review-service.FactorAdded", FactorAdded.class,
            "review-service.FactorWithdrawn", FactorWithdrawn.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportFacts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // other services' events may carry fields this build does not know yet: ignore them
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** Stores a fact unless its event id is already stored; true when it was new. */
    public boolean record(String eventId, String type, String subject, Long sequence, Instant recordedAt,
                          String payloadJson) {
        return jdbc.sql("""
                        insert into report_fact (event_id, type, subject, sequence, recorded_at, payload)
                        values (:id, :type, :subject, :sequence, :at, cast(:payload as jsonb))
                        on conflict (event_id) do nothing""")
                .param("id", eventId)
                .param("type", type)
                .param("subject", subject)
                .param("sequence", sequence)
                .param("at", Timestamp.from(recordedAt))
                .param("payload", payloadJson)
                .update() == 1;
    }

    /**
     * Stores one of review-service's own recorded events the reports need (a contributing factor), keyed by the
     * event's id, with its aggregate, sequence and time: the same row whether it is taken live, as it is recorded,
     * or later from the event store by a back-fill or a rebuild. Other events are ignored; true when it was new.
     */
    public boolean recordOwn(EventMessage<?> message) {
        Class<?> payloadType = message.getPayloadType();
        String type = "review-service." + payloadType.getSimpleName();
        if (!payloadType.equals(OWN.get(type))) {
            return false;
        }
        Long sequence = message instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : null;
        String subject = message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : "";
        // to the millisecond: the live message and the one read back from the store then carry the same instant
        return record(message.getIdentifier(), type, subject, sequence,
                message.getTimestamp().truncatedTo(ChronoUnit.MILLIS), json.writeValueAsString(message.getPayload()));
    }

    /** Every fact recorded up to and including {@code asOf}, oldest first (ties by subject, sequence, id). */
    public List<ReportFact> upTo(Instant asOf) {
        return jdbc.sql("""
                        select event_id, type, subject, sequence, recorded_at, payload::text as payload from report_fact
                        where recorded_at <= :asOf order by recorded_at, subject, sequence nulls first, event_id""")
                .param("asOf", Timestamp.from(asOf))
                .query((rs, n) -> {
                    long seq = rs.getLong("sequence");
                    Long sequence = rs.wasNull() ? null : seq;
                    return resolve(rs.getString("event_id"), rs.getString("type"), rs.getString("subject"), sequence,
                            rs.getTimestamp("recorded_at").toInstant(), rs.getString("payload"));
                })
                .list().stream().flatMap(Optional::stream).toList();
    }

    /** How many facts were recorded up to and including {@code asOf}: what a report as of it is cut from. */
    public long countUpTo(Instant asOf) {
        return jdbc.sql("select count(*) from report_fact where recorded_at <= :asOf")
                .param("asOf", Timestamp.from(asOf)).query(Long.class).single();
    }

    /**
     * Whether a topic record's payload reads as the event its type names. The live consumer never records one that
     * does not (it sets it aside as unprocessable), so neither may a rebuild: one unreadable row would fail every
     * report that reaches it.
     */
    public boolean readable(String type, String payload) {
        try {
            return resolve("", type, "", null, Instant.EPOCH, payload).isPresent();
        } catch (JacksonException e) {
            return false;
        }
    }

    public long count() {
        return jdbc.sql("select count(*) from report_fact").query(Long.class).single();
    }

    /**
     * Copies review-service's own events the reports need (contributing factors) from its event store, in one
     * pass in the store's order; those already here are kept once. Returns how many were new.
     */
    public long copyOwn(EventStorageEngine store) {
        try (Stream<? extends TrackedEventMessage<?>> all = store.readEvents(null, false)) {
            return all.filter(event -> OWN.containsValue(event.getPayloadType())).filter(this::recordOwn).count();
        }
    }

    /** Forgets every fact: the first step of a rebuild from scratch. */
    public void clear() {
        jdbc.sql("delete from report_fact").update();
    }

    private Optional<ReportFact> resolve(String id, String type, String subject, Long sequence, Instant at,
                                         String payload) {
        Class<?> javaType = OWN.get(type);
        if (javaType == null) {
            javaType = LANGUAGES.stream().flatMap(l -> l.type(type).stream()).findFirst()
                    .map(EventType::javaType).orElse(null);
        }
        if (javaType == null) {
            return Optional.empty();
        }
        return Optional.of(new ReportFact(id, type, subject, sequence, at, json.readValue(payload, javaType)));
    }
}
