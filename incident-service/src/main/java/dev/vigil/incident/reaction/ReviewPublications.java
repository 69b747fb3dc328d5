package dev.vigil.incident.reaction;

import dev.vigil.contracts.review.PostIncidentReviewPublished;
import dev.vigil.incident.command.IncidentCommands.NoteReviewPublication;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.security.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * When the review service publishes an incident's post-incident review, the incident notes it, so
 * that it may be closed. The command joins the consumer's transaction and repeats harmlessly.
 */
@Component
class ReviewPublications implements EventConsumer {

    private static final Logger log = LoggerFactory.getLogger(ReviewPublications.class);

    private final CommandGateway commands;

    ReviewPublications(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "review-publications";
    }

    @Override
    public Set<String> contexts() {
        return Set.of("review");
    }

    @Override
    public void consume(EventEnvelope envelope) {
        if (!(envelope.event().orElse(null) instanceof PostIncidentReviewPublished published)) {
            return;
        }
        Actor actor = new Actor(envelope.actor() == null ? "review-service" : envelope.actor(),
                envelope.actorName() == null ? "review-service" : envelope.actorName(), List.of());
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                            new NoteReviewPublication(published.incidentId(), published.reviewId(), published.publishedAt()))
                    .andMetaData(VigilMetaData.of(actor)));
        } catch (AggregateNotFoundException e) {
            log.warn("Review {} names incident {}, which this service does not know", published.reviewId(),
                    published.incidentId());
        }
    }
}
