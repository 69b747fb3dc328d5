package dev.vigil.notification.profile;

import dev.vigil.notification.assessment.Reassessment;
import dev.vigil.notification.events.ProfileRecorded;
import dev.vigil.platform.readmodel.DocumentViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Optional;

/**
 * The organisation profile as other features read it: now ({@code org_profile_view}, kept in the
 * transaction that records each revision) or as it stood at any instant (from its events). A new
 * revision recomputes every incident's obligations in that same transaction: a subscribing
 * processor, so a replay never recomputes again.
 */
@Component
@ProcessingGroup(ProfileViews.GROUP)
public class ProfileViews {

    static final String GROUP = "profile-views";

    private final DocumentViews<ProfileView> views;
    private final EventStore eventStore;
    /** Lazily: the reassessment reads the profile back through the facts, which read these views. */
    private final ObjectProvider<Reassessment> reassessment;

    ProfileViews(JdbcClient jdbc, JsonMapper json, EventStore eventStore,
                 ObjectProvider<Reassessment> reassessment) {
        this.views = new DocumentViews<>(jdbc, json, "org_profile_view", ProfileView.class);
        this.eventStore = eventStore;
        this.reassessment = reassessment;
    }

    public Optional<ProfileView> current() {
        return views.get(OrganisationProfileRecord.ID);
    }

    /** The profile as it stood at the instant; empty if none was recorded yet. */
    public Optional<ProfileView> asOf(Instant instant) {
        ProfileView view = null;
        for (DomainEventMessage<?> event : eventStore.readEvents(OrganisationProfileRecord.ID).asStream().toList()) {
            if (!OrganisationProfileRecord.TYPE.equals(event.getType()) || event.getTimestamp().isAfter(instant)) {
                break;
            }
            view = ProfileView.apply(view, event.getPayload(), event.getSequenceNumber());
        }
        return Optional.ofNullable(view);
    }

    @EventHandler
    void on(ProfileRecorded event, DomainEventMessage<?> message) {
        ProfileView before = views.get(message.getAggregateIdentifier()).orElse(null);
        if (before != null && before.version() >= message.getSequenceNumber()) {
            return; // already applied
        }
        views.put(message.getAggregateIdentifier(), message.getSequenceNumber(),
                ProfileView.apply(before, event, message.getSequenceNumber()));
        reassessment.getObject().all("organisation profile revision " + event.revision() + " by " + event.recordedBy().subject()
                + ": " + event.reason());
    }
}
