package dev.vigil.incident.reviewpublication;

import dev.vigil.incident.events.ReviewPublicationNoted;
import dev.vigil.incident.model.Incidents;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
public class NoteReviewPublicationHandler {

    private final Incidents incidents;

    public NoteReviewPublicationHandler(Incidents incidents) {
        this.incidents = incidents;
    }

    /** Once a review is noted, hearing of it again records nothing: a redelivered publication changes nothing. */
    @CommandHandler
    void handle(NoteReviewPublication command) {
        incidents.decide(command.incidentId(), null, state -> command.reviewId().equals(state.publishedReview())
                ? List.of()
                : List.of(new ReviewPublicationNoted(state.id(), command.reviewId(), command.publishedAt())));
    }
}
