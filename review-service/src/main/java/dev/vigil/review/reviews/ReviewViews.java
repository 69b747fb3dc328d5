package dev.vigil.review.reviews;

import dev.vigil.platform.readmodel.DocumentViews;
import dev.vigil.platform.eventstore.StoredEvents;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
public class ReviewViews implements SmartInitializingSingleton {

    static final String GROUP = "review-views";

    private final DocumentViews<ReviewView> views;
    private final EventStore eventStore;
    private final StoredEvents stored;

    ReviewViews(JdbcClient jdbc, JsonMapper json, EventStore eventStore, StoredEvents stored) {
        this.views = new DocumentViews<>(jdbc, json, "review_view", ReviewView.class);
        this.eventStore = eventStore;
        this.stored = stored;
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

    /** Before the service takes requests: level with the event store (a truncated or reshaped table is rebuilt). */
    @Override
    public void afterSingletonsInstantiated() {
        rebuildWhatIsBehind();
    }

    /** Rebuilds every record whose view is missing or behind its last event, from its events; returns how many. */
    public int rebuildWhatIsBehind() {
        return views.rebuildBehind(stored.lastSequences(Review.TYPE), (id, last) -> at(UUID.fromString(id), last));
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!Review.TYPE.equals(message.getType())) {
            return;
        }
        views.fold(message.getAggregateIdentifier(), message.getSequenceNumber(),
                before -> ReviewView.apply(before, event, message.getSequenceNumber(), message.getTimestamp()));
    }
}
