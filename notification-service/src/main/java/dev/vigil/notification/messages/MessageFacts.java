package dev.vigil.notification.messages;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.incident.Audience;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.incident.StatusUpdatePosted;
import dev.vigil.contracts.notification.NotificationEventTypes;
import dev.vigil.contracts.notification.ObligationDueSoon;
import dev.vigil.contracts.policy.ExceptionExpiringSoon;
import dev.vigil.contracts.policy.PolicyEventTypes;
import dev.vigil.contracts.policy.PolicyExceptionChanged;
import dev.vigil.contracts.review.ActionItemOverdue;
import dev.vigil.contracts.review.ReviewEventTypes;
import dev.vigil.knownincidents.KnownIncidents;
import dev.vigil.notification.events.MessageFilter;
import dev.vigil.notification.events.MessageQueued;
import dev.vigil.notification.messages.MessageCommands.QueueMessage;
import dev.vigil.notification.people.People;
import dev.vigil.notification.subscriptions.FactKind;
import dev.vigil.notification.subscriptions.SubscriptionView;
import dev.vigil.notification.subscriptions.Subscriptions;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.NeedToKnow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the facts subscribers may want into queued messages: from the incident topic (declared,
 * severity and status changes, external updates), the review topic (overdue action items), the
 * policy topic (expiring exceptions) and this service's own (regulatory stages due soon). It keeps
 * what the filters need of each incident ({@code message_incident}) and exception
 * ({@code message_exception}) itself, in the order the topic gives. Each matching subscription gets
 * one message per channel, and the owner of an overdue action item or expiring exception a reminder
 * by email, queued under an id derived from the fact's event id: a redelivered or replayed fact
 * queues nothing new. A restricted incident's facts reach only subscribers who may know it.
 */
@Component
class MessageFacts implements EventConsumer {

    private final JdbcClient jdbc;
    private final Subscriptions subscriptions;
    private final People people;
    private final KnownIncidents incidents;
    private final SystemCommands commands;
    private final Clock clock;

    MessageFacts(JdbcClient jdbc, Subscriptions subscriptions, People people, KnownIncidents incidents,
                 SystemCommands commands, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.people = people;
        this.incidents = incidents;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "stakeholder-messages";
    }

    @Override
    public List<PublishedLanguage> reads() {
        return List.of(IncidentEventTypes.LANGUAGE, ReviewEventTypes.LANGUAGE, PolicyEventTypes.LANGUAGE,
                NotificationEventTypes.LANGUAGE);
    }

    @Override
    public void consume(EventEnvelope envelope) {
        Optional<Fact> fact = switch (envelope.event().orElse(null)) {
            case IncidentDeclared e -> declared(envelope, e);
            case SeverityChanged e -> severity(envelope, e);
            case IncidentStatusChanged e -> status(envelope, e);
            case StatusUpdatePosted e when e.audience() == Audience.EXTERNAL -> external(envelope, e);
            case ActionItemOverdue e -> overdue(envelope, e);
            case PolicyExceptionChanged e -> exceptionChanged(e);
            case ExceptionExpiringSoon e -> expiring(envelope, e);
            case ObligationDueSoon e -> dueSoon(envelope, e);
            case null, default -> Optional.empty();
        };
        fact.ifPresent(this::fanOut);
    }

    private Optional<Fact> declared(EventEnvelope envelope, IncidentDeclared e) {
        jdbc.sql("""
                        insert into message_incident (incident_id, incident_key, title, severity, system_id, category,
                            restricted)
                        values (:id, :key, :title, :severity, :system, :category, :restricted)
                        on conflict (incident_id) do nothing""")
                .param("id", e.incidentId()).param("key", e.key()).param("title", e.title())
                .param("severity", e.severity().name()).param("system", e.systemId())
                .param("category", e.category().name()).param("restricted", e.restricted())
                .update();
        return incident(e.incidentId()).map(i -> fact(FactKind.DECLARED, envelope, i,
                i.key() + " declared: " + e.title(),
                "Incident " + i.key() + " was declared: " + e.title() + "\nSeverity " + e.severity() + ", category "
                        + e.category() + ", system " + e.systemId() + "\n\n" + e.summary(), null));
    }

    private Optional<Fact> severity(EventEnvelope envelope, SeverityChanged e) {
        jdbc.sql("update message_incident set severity = :severity where incident_id = :id")
                .param("id", e.incidentId()).param("severity", e.to().name()).update();
        return incident(e.incidentId()).map(i -> fact(FactKind.SEVERITY_CHANGED, envelope, i,
                i.key() + " severity " + e.from() + " → " + e.to(),
                "Incident " + i.key() + " (" + i.title() + "): severity changed from " + e.from() + " to " + e.to()
                        + "\nReason: " + e.reason(), null));
    }

    private Optional<Fact> status(EventEnvelope envelope, IncidentStatusChanged e) {
        return incident(e.incidentId()).map(i -> fact(FactKind.STATUS_CHANGED, envelope, i,
                i.key() + " status " + e.from() + " → " + e.to(),
                "Incident " + i.key() + " (" + i.title() + "): status changed from " + e.from() + " to " + e.to()
                        + "\nReason: " + e.reason(), null));
    }

    private Optional<Fact> external(EventEnvelope envelope, StatusUpdatePosted e) {
        return incident(e.incidentId()).map(i -> fact(FactKind.EXTERNAL_UPDATE, envelope, i,
                i.key() + " external update",
                "Incident " + i.key() + " (" + i.title() + "): update for external audiences\n\n" + e.text(), null));
    }

    private Optional<Fact> overdue(EventEnvelope envelope, ActionItemOverdue e) {
        if (e.incidentId() == null) {
            return Optional.empty();
        }
        return incident(e.incidentId()).map(i -> fact(FactKind.ACTION_ITEM_OVERDUE, envelope, i,
                i.key() + " action item overdue: " + e.title(),
                "Incident " + i.key() + " (" + i.title() + "): the action item \"" + e.title() + "\" owned by "
                        + e.ownerSubject() + " was due " + e.dueAt() + " and is still open"
                        + (e.weeksOverdue() > 0 ? " (" + e.weeksOverdue() + " weeks overdue)" : ""), e.ownerSubject()));
    }

    private Optional<Fact> exceptionChanged(PolicyExceptionChanged e) {
        jdbc.sql("""
                        insert into message_exception (exception_id, exception_key, system_ids) values (:id, :key, :systems)
                        on conflict (exception_id) do update set exception_key = excluded.exception_key,
                            system_ids = excluded.system_ids""")
                .param("id", e.exceptionId()).param("key", e.key()).param("systems", String.join(",", e.systemIds()))
                .update();
        return Optional.empty();
    }

    private Optional<Fact> expiring(EventEnvelope envelope, ExceptionExpiringSoon e) {
        List<String> systems = jdbc.sql("select system_ids from message_exception where exception_id = :id")
                .param("id", e.exceptionId()).query(String.class).optional()
                .map(s -> s.isEmpty() ? List.<String>of() : List.of(s.split(","))).orElse(List.of());
        return Optional.of(new Fact(FactKind.EXCEPTION_EXPIRING, envelope.id(), envelope.type(), time(envelope), null,
                null, null, systems, null, false, "Policy exception " + e.key() + " expires in " + e.daysLeft() + " days",
                "Policy exception " + e.key() + " (owner " + e.ownerSubject() + ") expires at " + e.expiresAt()
                        + ", in " + e.daysLeft() + " days. Renew it or end the waiver before then.", e.ownerSubject()));
    }

    private Optional<Fact> dueSoon(EventEnvelope envelope, ObligationDueSoon e) {
        return incident(e.incidentId()).map(i -> fact(FactKind.OBLIGATION_DUE_SOON, envelope, i,
                i.key() + " regulatory deadline: " + e.title() + " " + e.stageId() + " due " + e.dueAt(),
                "Incident " + i.key() + " (" + i.title() + "): " + e.title() + ", stage " + e.stageId() + ": "
                        + e.percentElapsed() + "% of the time has passed; due " + e.dueAt(), null));
    }

    record Incident(UUID id, String key, String title, String severity, String systemId, String category,
                    boolean restricted) {
    }

    private Optional<Incident> incident(UUID id) {
        return jdbc.sql("select * from message_incident where incident_id = :id").param("id", id)
                .query((rs, n) -> new Incident(id, rs.getString("incident_key"), rs.getString("title"),
                        rs.getString("severity"), rs.getString("system_id"), rs.getString("category"),
                        rs.getBoolean("restricted")))
                .optional();
    }

    private Fact fact(FactKind kind, EventEnvelope envelope, Incident i, String subject, String text, String owner) {
        return new Fact(kind, envelope.id(), envelope.type(), time(envelope), i.id(), i.key(), i.severity(),
                List.of(i.systemId()), i.category(), i.restricted(), "[Vigil] " + subject, text, owner);
    }

    private Instant time(EventEnvelope envelope) {
        return envelope.time() == null ? clock.instant() : envelope.time();
    }

    private void fanOut(Fact fact) {
        for (SubscriptionView s : subscriptions.active()) {
            if (!matches(s.filter(), fact) || !mayKnow(s, fact)) {
                continue;
            }
            String footer = "\n\nYou receive this because of your Vigil subscription " + s.id()
                    + " (GET /api/subscriptions/" + s.id() + ").";
            if (s.email()) {
                queue(fact, s.id(), s.owner(), "EMAIL", people.email(s.owner()).orElse(null), footer);
            }
            if (s.webhookUrl() != null) {
                queue(fact, s.id(), s.owner(), "WEBHOOK", s.webhookUrl(), footer);
            }
        }
        if (fact.owner() != null) {
            queue(fact, null, fact.owner(), "EMAIL", people.email(fact.owner()).orElse(null),
                    "\n\nYou receive this reminder because you own it.");
        }
    }

    static boolean matches(MessageFilter filter, Fact fact) {
        if (!filter.facts().contains(fact.kind().name())) {
            return false;
        }
        if (filter.minSeverity() != null && (fact.severity() == null
                || fact.severity().compareTo(filter.minSeverity()) > 0)) {
            return false; // SEV1 < SEV2 < …: at least SEV2 means SEV1 or SEV2
        }
        if (!filter.systems().isEmpty() && filter.systems().stream().noneMatch(fact.systems()::contains)) {
            return false;
        }
        return filter.categories().isEmpty() || (fact.category() != null && filter.categories().contains(fact.category()));
    }

    private boolean mayKnow(SubscriptionView s, Fact fact) {
        if (!fact.restricted()) {
            return true;
        }
        Actor subscriber = new Actor(s.owner(), s.ownerName(), s.ownerRoles());
        return NeedToKnow.seesAll(subscriber) || incidents.find(subscriber, fact.incidentId().toString()).isPresent();
    }

    private void queue(Fact fact, String subscriptionId, String recipientSubject, String channel, String recipient,
                       String footer) {
        UUID messageId = UUID.nameUUIDFromBytes(("vigil-message|" + (subscriptionId != null ? subscriptionId
                : "owner:" + recipientSubject) + "|" + channel + "|" + fact.eventId()).getBytes(StandardCharsets.UTF_8));
        commands.send(new QueueMessage(messageId, new MessageQueued(messageId, subscriptionId, recipientSubject, channel,
                recipient, fact.incidentId(), fact.incidentKey(), fact.kind().name(), fact.eventId(), fact.type(),
                fact.subject(), fact.text() + footer, fact.time(), clock.instant())));
    }
}
