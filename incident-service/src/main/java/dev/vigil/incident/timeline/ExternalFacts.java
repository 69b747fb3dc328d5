package dev.vigil.incident.timeline;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.policy.PolicyEventTypes;
import dev.vigil.contracts.notification.NotificationEventTypes;
import dev.vigil.contracts.review.ReviewEventTypes;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;
import dev.vigil.platform.eventstore.StoredEvents;
import dev.vigil.platform.web.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the other services publish about an incident, kept for its timeline: any event on their
 * topics whose subject or payload names a known incident. New entries go to live streams once
 * their transaction commits.
 */
@Component
class ExternalFacts implements EventConsumer {

    private final JdbcClient jdbc;
    private final StoredEvents stored;
    private final JsonMapper json;
    private final TimelineStreams streams;
    private final Clock clock;

    ExternalFacts(JdbcClient jdbc, StoredEvents stored, JsonMapper json, TimelineStreams streams, Clock clock) {
        this.jdbc = jdbc;
        this.stored = stored;
        this.json = json;
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "incident-timeline";
    }

    @Override
    public List<PublishedLanguage> reads() {
        return List.of(ReviewEventTypes.LANGUAGE, PolicyEventTypes.LANGUAGE, NotificationEventTypes.LANGUAGE);
    }

    @Override
    public void consume(EventEnvelope event) {
        Map<String, Object> payload = parse(event.payloadJson());
        Set<UUID> named = new LinkedHashSet<>();
        Ids.uuid(event.subject()).ifPresent(named::add);
        collectUuids(payload.values(), named);
        if (named.isEmpty()) {
            return;
        }
        // the event store, not the read model, says which incidents exist
        Set<String> known = stored.existing(Incidents.TYPE, named.stream().map(UUID::toString).toList());
        List<UUID> incidents = named.stream().filter(id -> known.contains(id.toString())).toList();
        Instant time = event.time() == null ? clock.instant() : event.time();
        String source = event.source() == null ? "unknown" : event.source().replaceFirst("^/vigil/", "");
        String line = TimelineLines.describeExternal(source, shortType(event.type()), payload);
        for (UUID incident : incidents) {
            String id = incidents.size() == 1 ? event.id() : event.id() + "/" + incident;
            var arrival = jdbc.sql("""
                            insert into external_timeline_entry (event_id, incident_id, occurred_at, source, type, actor,
                                actor_name, line)
                            values (:id, :incident, :time, :source, :type, :actor, :actorName, :line)
                            on conflict (event_id) do nothing returning arrival""")
                    .param("id", id)
                    .param("incident", incident)
                    .param("time", Timestamp.from(time))
                    .param("source", source)
                    .param("type", event.type())
                    .param("actor", event.actor())
                    .param("actorName", event.actorName())
                    .param("line", line)
                    .query(Long.class).optional();
            arrival.ifPresent(n -> streams.publishAfterCommit(incident, new Positioned(new TimelineEntry(id, time, source,
                    shortType(event.type()), event.actor(), event.actorName(), line), -1, n)));
        }
    }

    /** The facts about an incident in the order they arrived. */
    List<Positioned> of(UUID incident) {
        return after(incident, -1);
    }

    /** The facts about an incident that arrived after the given arrival number, in that order. */
    List<Positioned> after(UUID incident, long arrival) {
        return jdbc.sql("select * from external_timeline_entry where incident_id = :id and arrival > :arrival order by arrival")
                .param("id", incident)
                .param("arrival", arrival)
                .query((rs, row) -> new Positioned(new TimelineEntry(rs.getString("event_id"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("source"), shortType(rs.getString("type")),
                        rs.getString("actor"), rs.getString("actor_name"), rs.getString("line")), -1, rs.getLong("arrival")))
                .list();
    }

    static String shortType(String type) {
        return type.replaceFirst("^vigil\\.[a-z]+\\.", "").replaceFirst("\\.v\\d+$", "");
    }

    private Map<String, Object> parse(String payload) {
        try {
            return json.readValue(payload, new TypeReference<Map<String, Object>>() { });
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static void collectUuids(Collection<?> values, Set<UUID> into) {
        for (Object value : values) {
            if (value instanceof String s) {
                Ids.uuid(s).ifPresent(into::add);
            } else if (value instanceof Map<?, ?> map) {
                collectUuids(map.values(), into);
            } else if (value instanceof Collection<?> list) {
                collectUuids(list, into);
            }
        }
    }

}
