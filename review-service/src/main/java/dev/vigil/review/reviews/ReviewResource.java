package dev.vigil.review.reviews;

import dev.vigil.knownincidents.KnownIncident;
import dev.vigil.knownincidents.KnownIncidents;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.NeedToKnow;
import dev.vigil.platform.web.Ids;
import dev.vigil.review.blameless.BlamelessFinding;
import dev.vigil.review.incidentfacts.IncidentFacts;
import dev.vigil.review.incidentfacts.IncidentFactsStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finding a review the caller may know of: by its id, or by its incident's id or key. A review of a
 * restricted incident exists only for those who may know the incident (the known-incidents rule, which
 * follows its participants); everyone else gets 404. Every endpoint that touches a review goes through here.
 */
@Component
public class ReviewResource {

    private final ReviewViews views;
    private final KnownIncidents incidents;
    private final IncidentFactsStore facts;
    private final List<ActionItemsOfReview> actionItems;

    ReviewResource(ReviewViews views, KnownIncidents incidents, IncidentFactsStore facts,
                   List<ActionItemsOfReview> actionItems) {
        this.views = views;
        this.incidents = incidents;
        this.facts = facts;
        this.actionItems = actionItems;
    }

    /** The review now, or 404 when there is none the viewer may know. */
    public ReviewView require(Actor viewer, String idOrKey) {
        return find(viewer, idOrKey).orElseThrow(() -> new NotFoundException("Review", idOrKey));
    }

    public Optional<ReviewView> find(Actor viewer, String idOrKey) {
        Optional<UUID> id = Ids.uuid(idOrKey);
        Optional<ReviewView> view = id.flatMap(views::find);
        if (view.isEmpty()) {
            // an incident's id or key names its review
            view = incidents.find(viewer, idOrKey).map(i -> ReviewCommands.reviewIdOf(i.id())).flatMap(views::find);
        }
        return view.filter(v -> mayKnow(viewer, v.incidentId()));
    }

    /** The review as it stood at the instant (404 when it did not exist yet). */
    public ReviewView asOf(Actor viewer, String idOrKey, Instant instant) {
        ReviewView now = require(viewer, idOrKey);
        return views.asOf(now.id(), instant).orElseThrow(() -> new NotFoundException("Review", idOrKey + " as of " + instant));
    }

    /** Whether the viewer may know the incident (a review of no incident is open to all readers). */
    public boolean mayKnow(Actor viewer, UUID incidentId) {
        return incidentId == null || NeedToKnow.seesAll(viewer) || incidents.find(viewer, incidentId.toString()).isPresent();
    }

    /** A visibility test for many records at once, asking once per incident. */
    public java.util.function.Predicate<UUID> visibleTo(Actor viewer) {
        Map<UUID, Boolean> cache = new HashMap<>();
        return incidentId -> incidentId == null || cache.computeIfAbsent(incidentId, i -> mayKnow(viewer, i));
    }

    public List<ReviewView> all(Actor viewer) {
        var visible = visibleTo(viewer);
        return views.all().stream().filter(v -> visible.test(v.incidentId())).toList();
    }

    public Optional<KnownIncident> incident(Actor viewer, String idOrKey) {
        return incidents.find(viewer, idOrKey);
    }

    /** Names and subjects of the incident's people, for the blameless check (none for a hazard). */
    public List<String> people(UUID incidentId) {
        return incidentId == null ? List.of()
                : facts.find(incidentId).map(IncidentFacts::namesAndSubjects).orElse(List.of());
    }

    public Optional<IncidentFacts> facts(UUID incidentId) {
        return incidentId == null ? Optional.empty() : facts.find(incidentId);
    }

    public List<ActionItemsOfReview.Item> actionItems(UUID reviewId) {
        return actionItems.stream().flatMap(a -> a.of(reviewId).stream()).toList();
    }

    /** The view as served: with its current blameless findings (acknowledged or not) and its action items. */
    public ReviewView present(ReviewView view) {
        Set<UUID> acknowledged = new HashSet<>();
        view.acknowledgements().forEach(a -> acknowledged.add(a.findingId()));
        List<BlamelessFinding> found = Findings.of(view.texts(), view.activeFactors(), people(view.incidentId()));
        return view.with(found.stream().map(f -> new ReviewView.FindingView(f.id(), f.section(), f.sentence(),
                        f.matched(), f.ruleId(), f.suggestion(), acknowledged.contains(f.id()))).toList(),
                actionItems(view.id()));
    }
}
