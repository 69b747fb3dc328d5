package dev.vigil.review.incidentfacts;

import dev.vigil.platform.readmodel.DocumentViews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;
import java.util.UUID;

/**
 * review-service's own projection of what the incident topic says ({@code incident_facts}). Written only
 * by the incident-topic consumer, in the transaction that records the event id; read by reviews.
 */
@Component
public class IncidentFactsStore {

    private final DocumentViews<IncidentFacts> views;

    IncidentFactsStore(JdbcClient jdbc, JsonMapper json) {
        this.views = new DocumentViews<>(jdbc, json, "incident_facts", IncidentFacts.class);
    }

    public Optional<IncidentFacts> find(UUID incidentId) {
        return views.get(incidentId.toString());
    }

    /** Folds one incident event into the facts; returns the facts after it (empty before the declaration). */
    public Optional<IncidentFacts> fold(UUID incidentId, Object event, String actor, String actorName) {
        IncidentFacts before = find(incidentId).orElse(null);
        IncidentFacts after = IncidentFacts.apply(before, event, actor, actorName);
        if (after != null && after != before) {
            views.put(incidentId.toString(), after.events(), after);
        }
        return Optional.ofNullable(after);
    }
}
