package dev.vigil.review.security;

import dev.vigil.knownincidents.KnownIncidentsAccess;
import dev.vigil.platform.security.AccessRules;
import dev.vigil.platform.security.Role;
import dev.vigil.platform.security.RouteAccess;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.vigil.platform.security.Role.ADMIN;
import static dev.vigil.platform.security.Role.AUDITOR;
import static dev.vigil.platform.security.Role.COMMITTEE;
import static dev.vigil.platform.security.Role.COMPLIANCE;
import static dev.vigil.platform.security.Role.INCIDENT_COMMANDER;
import static dev.vigil.platform.security.Role.POLICY_OWNER;
import static dev.vigil.platform.security.Role.RESPONDER;
import static dev.vigil.platform.security.Role.REVIEWER;

/** review-service's permission table (the README's, row for row). */
@Component
class ReviewAccessRules implements AccessRules {

    /**
     * Who writes and comments on reviews: reviewers, the committee (whose members who edit a review may then not
     * approve it) and admins.
     */
    static final Set<Role> WRITERS = Role.of(REVIEWER, COMMITTEE, ADMIN);
    /** Who decides a review or verifies an action item: the safety committee. */
    static final Set<Role> DECIDERS = Role.of(COMMITTEE);
    /** Who may work an action item (as its owner, or as a reviewer, committee member or admin). */
    static final Set<Role> WORKERS = Role.of(RESPONDER, INCIDENT_COMMANDER, REVIEWER, COMMITTEE, POLICY_OWNER, ADMIN);
    /** Who reads committee reports and their stored packs. */
    static final Set<Role> REPORT_READERS = Role.of(COMMITTEE, COMPLIANCE, AUDITOR, ADMIN);
    /** Who sets the committee's report schedule. */
    static final Set<Role> REPORT_SCHEDULERS = Role.of(COMMITTEE);

    @Override
    public List<RouteAccess> openRoutes() {
        // Jira calls its webhook without a Vigil login; the receiver checks the secret in the URL itself
        return List.of(RouteAccess.post("receive Jira webhook", "/api/integrations/jira/webhook", Set.of()));
    }

    @Override
    public List<RouteAccess> routes() {
        List<RouteAccess> routes = new ArrayList<>(KnownIncidentsAccess.ROUTES);
        routes.add(RouteAccess.get("list reviews", "/api/reviews", Role.all()));
        routes.add(RouteAccess.get("read review", "/api/reviews/*", Role.all()));
        routes.add(RouteAccess.get("export review", "/api/reviews/*/export", Role.all()));
        routes.add(RouteAccess.post("open review", "/api/reviews", WRITERS));
        routes.add(RouteAccess.post("refresh review from incident", "/api/reviews/*/refresh", WRITERS));
        routes.add(new RouteAccess("write review section", HttpMethod.PUT, "/api/reviews/*/sections/*", WRITERS));
        routes.add(RouteAccess.post("add contributing factor", "/api/reviews/*/factors", WRITERS));
        routes.add(RouteAccess.post("withdraw contributing factor", "/api/reviews/*/factors/*/withdrawal", WRITERS));
        routes.add(RouteAccess.post("comment on review", "/api/reviews/*/comments", WRITERS));
        routes.add(RouteAccess.post("resolve comment", "/api/reviews/*/comments/*/resolution", WRITERS));
        routes.add(RouteAccess.post("acknowledge finding", "/api/reviews/*/findings/*/acknowledgement", WRITERS));
        routes.add(RouteAccess.post("submit review", "/api/reviews/*/submit", WRITERS));
        routes.add(RouteAccess.post("request changes", "/api/reviews/*/request-changes", DECIDERS));
        routes.add(RouteAccess.post("approve review", "/api/reviews/*/approve", DECIDERS));
        routes.add(RouteAccess.post("publish review", "/api/reviews/*/publish", WRITERS));
        routes.add(RouteAccess.post("add action item", "/api/reviews/*/action-items", WRITERS));
        routes.add(RouteAccess.get("list action items", "/api/action-items", Role.all()));
        routes.add(RouteAccess.get("read action item", "/api/action-items/*", Role.all()));
        routes.add(RouteAccess.post("change action item status", "/api/action-items/*/status", WORKERS));
        routes.add(RouteAccess.post("add evidence", "/api/action-items/*/evidence", WORKERS));
        routes.add(RouteAccess.post("move due date", "/api/action-items/*/due-date", WORKERS));
        routes.add(RouteAccess.post("verify action item", "/api/action-items/*/verification", DECIDERS));
        routes.add(RouteAccess.post("resync action item with Jira", "/api/action-items/*/jira/resync", Role.of(ADMIN)));
        routes.add(RouteAccess.get("read Jira sync", "/api/integrations/jira", WRITERS));
        routes.add(RouteAccess.get("read committee report", "/api/reports/committee", REPORT_READERS));
        routes.add(RouteAccess.get("read report schedule", "/api/reports/committee/schedule", REPORT_READERS));
        routes.add(new RouteAccess("set report schedule", HttpMethod.PUT, "/api/reports/committee/schedule",
                REPORT_SCHEDULERS));
        routes.add(RouteAccess.get("list report packs", "/api/reports/committee/packs", REPORT_READERS));
        routes.add(RouteAccess.get("download report pack", "/api/reports/committee/packs/*", REPORT_READERS));
        routes.add(RouteAccess.post("rebuild report facts", "/api/reports/committee/facts/rebuild", Role.of(ADMIN)));
        routes.add(RouteAccess.get("read API description", "/v3/api-docs", Role.all()));
        routes.addAll(AccessRules.standard());
        return routes;
    }
}
