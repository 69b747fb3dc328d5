package dev.vigil.incident.reviewpublication;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.review.PostIncidentReviewPublished;
import dev.vigil.contracts.review.ReviewEventTypes;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;
import dev.vigil.platform.eventstore.StoredEvents;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.security.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * When the review service publishes an incident's post-incident review, the incident notes it, so
 * that it may be closed. The command joins the consumer's transaction and repeats harmlessly.
 */
@Component
class ReviewPublications implements EventConsumer {

    private static final Logger log = LoggerFactory.getLogger(ReviewPublications.class);

    private final CommandGateway commands;
    private final StoredEvents stored;

    ReviewPublications(CommandGateway commands, StoredEvents stored) {
        this.commands = commands;
        this.stored = stored;
    }

    @Override
    public String name() {
        return "review-publications";
    }

    @Override
    public List<PublishedLanguage> reads() {
        return List.of(ReviewEventTypes.LANGUAGE);
    }

    @Override
    public void consume(EventEnvelope envelope) {
        if (!(envelope.event().orElse(null) instanceof PostIncidentReviewPublished published)) {
            return;
        }
        Actor actor = new Actor(envelope.actor() == null ? "review-service" : envelope.actor(),
                envelope.actorName() == null ? "review-service" : envelope.actorName(), List.of());
        // asked first: a refused command would mark the shared transaction rollback-only
        boolean known = stored.exists(Incidents.TYPE, published.incidentId().toString());
        if (!known) {
            log.warn("Review {} names incident {}, which this service does not know", published.reviewId(),
                    published.incidentId());
            return;
        }
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new NoteReviewPublication(published.incidentId(), published.reviewId(), published.publishedAt()))
                .andMetaData(VigilMetaData.of(actor)));
    }
}
