package dev.vigil.review.opening;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.platform.web.Ids;
import dev.vigil.review.incidentfacts.IncidentFacts;
import dev.vigil.review.incidentfacts.IncidentFactsStore;
import dev.vigil.review.reviews.Prefill;
import dev.vigil.review.reviews.ReviewCommands;
import dev.vigil.review.reviews.ReviewCommands.NoteIncidentResolved;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the incident topic means for reviews, in one consumer so that each fact is folded in before anything
 * acts on it: every incident event goes into review-service's own projection of the incident, and a
 * resolution opens the incident's review (or is noted on it). The review's id follows from the incident's
 * and a resolution is noted once per resolution time, so a redelivered, replayed or repeated fact, a restart
 * or a reopen-and-resolve never opens a second review.
 */
@Component
class IncidentTopic implements EventConsumer {

    private final IncidentFactsStore facts;
    private final SystemCommands commands;

    IncidentTopic(IncidentFactsStore facts, SystemCommands commands) {
        this.facts = facts;
        this.commands = commands;
    }

    @Override
    public String name() {
        return "review-incident-facts";
    }

    @Override
    public List<PublishedLanguage> reads() {
        return List.of(IncidentEventTypes.LANGUAGE);
    }

    @Override
    public void consume(EventEnvelope envelope) {
        Optional<UUID> incidentId = Ids.uuid(envelope.subject());
        if (envelope.event().isEmpty() || incidentId.isEmpty()) {
            return;
        }
        Object event = envelope.event().get();
        Optional<IncidentFacts> after = facts.fold(incidentId.get(), event, envelope.actor(), envelope.actorName());
        if (event instanceof IncidentStatusChanged changed && changed.to() == IncidentStatus.RESOLVED) {
            after.ifPresent(f -> commands.send(new NoteIncidentResolved(ReviewCommands.reviewIdOf(f.incidentId()),
                    f.incidentId(), f.key(), f.title(), f.systemId(), f.highestSeverity(), Prefill.of(f),
                    changed.reason(), changed.changedAt())));
        }
    }
}
