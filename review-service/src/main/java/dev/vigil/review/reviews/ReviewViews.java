package dev.vigil.review.reviews;

import dev.vigil.platform.readmodel.DocumentViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reviews read model ({@code review_view}), kept in the transaction that records each change; and any
 * review as it stood at an instant, rebuilt from its events by the same fold.
 */
@Component
@ProcessingGroup(ReviewViews.GROUP)
public class ReviewViews {

    static final String GROUP = "review-views";

    private final DocumentViews<ReviewView> views;
    private final EventStore eventStore;

    ReviewViews(JdbcClient jdbc, JsonMapper json, EventStore eventStore) {
        this.views = new DocumentViews<>(jdbc, json, "review_view", ReviewView.class);
        this.eventStore = eventStore;
    }

    public Optional<ReviewView> find(UUID id) {
        return views.get(id.toString());
    }

    public List<ReviewView> all() {
        return views.all();
    }

    public Optional<ReviewView> asOf(UUID id, Instant instant) {
        ReviewView view = null;
        for (DomainEventMessage<?> event : eventStore.readEvents(id.toString()).asStream().toList()) {
            if (event.getTimestamp().isAfter(instant)) {
                break;
            }
            view = ReviewView.apply(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return Optional.ofNullable(view);
    }

    /** The review as it stood right after the event at {@code sequence}, from the event store. */
    public ReviewView at(UUID id, long sequence) {
        ReviewView view = null;
        for (DomainEventMessage<?> event : eventStore.readEvents(id.toString()).asStream().toList()) {
            if (event.getSequenceNumber() > sequence) {
                break;
            }
            view = ReviewView.apply(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return view;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!Review.TYPE.equals(message.getType())) {
            return;
        }
        String id = message.getAggregateIdentifier();
        ReviewView before = views.get(id).orElse(null);
        if (before != null && before.version() >= message.getSequenceNumber()) {
            return; // already applied
        }
        ReviewView after = ReviewView.apply(before, event, message.getSequenceNumber(), message.getTimestamp());
        if (after != null) {
            views.put(id, after.version(), after);
        }
    }
}
