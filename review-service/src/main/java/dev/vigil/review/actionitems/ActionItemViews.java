package dev.vigil.review.actionitems;

import dev.vigil.platform.readmodel.DocumentViews;
import dev.vigil.review.reviews.ActionItemsOfReview;
import dev.vigil.platform.eventstore.StoredEvents;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The action items read model ({@code action_item_view}), kept in the transaction that records each change. */
@Component
@ProcessingGroup(ActionItemViews.GROUP)
public class ActionItemViews implements ActionItemsOfReview, SmartInitializingSingleton {

    static final String GROUP = "action-item-views";

    private final DocumentViews<ActionItemView> views;
    private final EventStore eventStore;
    private final StoredEvents stored;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ActionItemViews(JdbcClient jdbc, JsonMapper json, EventStore eventStore, StoredEvents stored) {
        this.views = new DocumentViews<>(jdbc, json, "action_item_view", ActionItemView.class);
        this.eventStore = eventStore;
        this.stored = stored;
        this.jdbc = jdbc;
        this.json = json.rebuild().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public Optional<ActionItemView> find(UUID id) {
        return views.get(id.toString());
    }

    public List<ActionItemView> all() {
        return views.all();
    }

    /** The item tracked as this Jira issue. */
    public Optional<UUID> byJiraIssue(String issueKey) {
        return jdbc.sql("select id from action_item_view where document -> 'jira' ->> 'issueKey' = :key")
                .param("key", issueKey).query(String.class).optional().map(UUID::fromString);
    }

    /** The items in this Jira sync state. */
    public List<UUID> inJiraState(ActionItemView.SyncState state) {
        return jdbc.sql("select id from action_item_view where document -> 'jira' ->> 'state' = :state")
                .param("state", state.name()).query(String.class).list().stream().map(UUID::fromString).toList();
    }

    /** How many items stand in each Jira sync state ({@code UNTRACKED}: not in Jira). */
    public java.util.Map<String, Long> jiraStates() {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("select coalesce(document -> 'jira' ->> 'state', 'UNTRACKED') as state, count(*) as n "
                        + "from action_item_view group by 1")
                .query((rs, n) -> java.util.Map.entry(rs.getString("state"), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The item as it stood right after the event at {@code sequence}. */
    public ActionItemView at(UUID id, long sequence) {
        ActionItemView view = null;
        for (DomainEventMessage<?> event : eventStore.readEvents(id.toString()).asStream().toList()) {
            if (event.getSequenceNumber() > sequence) {
                break;
            }
            view = ActionItemView.apply(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return view;
    }

    @Override
    public List<Item> of(UUID reviewId) {
        return jdbc.sql("select document from action_item_view where document ->> 'reviewId' = :review")
                .param("review", reviewId.toString()).query(String.class).list().stream()
                .map(d -> json.readValue(d, ActionItemView.class))
                .sorted(Comparator.comparing(ActionItemView::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(v -> new Item(v.id(), v.title(), v.owner().subject(), v.team(), v.status().name(), v.dueDate()))
                .toList();
    }

    /** Before the service takes requests: level with the event store (a truncated or reshaped table is rebuilt). */
    @Override
    public void afterSingletonsInstantiated() {
        rebuildWhatIsBehind();
    }

    /** Rebuilds every record whose view is missing or behind its last event, from its events; returns how many. */
    public int rebuildWhatIsBehind() {
        return views.rebuildBehind(stored.lastSequences(ActionItem.TYPE), (id, last) -> at(UUID.fromString(id), last));
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!ActionItem.TYPE.equals(message.getType())) {
            return;
        }
        views.fold(message.getAggregateIdentifier(), message.getSequenceNumber(),
                before -> ActionItemView.apply(before, event, message.getSequenceNumber(), message.getTimestamp()));
    }
}
