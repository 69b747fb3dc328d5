package dev.vigil.incident.access;

import dev.vigil.platform.security.AccessRules;
import dev.vigil.platform.security.Role;
import dev.vigil.platform.security.RouteAccess;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.vigil.platform.security.Role.ADMIN;
import static dev.vigil.platform.security.Role.INCIDENT_COMMANDER;
import static dev.vigil.platform.security.Role.RESPONDER;

/** incident-service's permission table (the README's, row for row). */
@Component
public class IncidentAccessRules implements AccessRules {

    /** Who may declare an incident: anyone on call. */
    public static final Set<Role> DECLARERS = Role.of(RESPONDER, INCIDENT_COMMANDER, ADMIN);
    /** Who runs incidents: severity, status, roles, decisions, updates. */
    public static final Set<Role> RUN_ANY_INCIDENT = Role.of(INCIDENT_COMMANDER, ADMIN);
    /** Who writes timeline notes: responders (and scribes) in incidents they take part in, commanders in any. */
    public static final Set<Role> NOTE_TAKERS = Role.of(RESPONDER, INCIDENT_COMMANDER, ADMIN);

    @Override
    public List<RouteAccess> routes() {
        List<RouteAccess> routes = new ArrayList<>();
        routes.add(RouteAccess.post("declare incident", "/api/incidents", DECLARERS));
        routes.add(RouteAccess.get("search incidents", "/api/incidents", Role.all()));
        routes.add(RouteAccess.get("read incident", "/api/incidents/*", Role.all()));
        routes.add(RouteAccess.get("read timeline", "/api/incidents/*/timeline", Role.all()));
        routes.add(RouteAccess.get("follow timeline", "/api/incidents/*/timeline/stream", Role.all()));
        for (String command : List.of("severity", "status", "commander", "roles", "participants", "impact",
                "decisions", "updates")) {
            routes.add(RouteAccess.post("run incident: " + command, "/api/incidents/*/" + command, RUN_ANY_INCIDENT));
        }
        routes.add(new RouteAccess("run incident: remove participant", org.springframework.http.HttpMethod.DELETE,
                "/api/incidents/*/participants/*", RUN_ANY_INCIDENT));
        routes.add(RouteAccess.post("add timeline note", "/api/incidents/*/notes", NOTE_TAKERS));
        routes.add(RouteAccess.get("read API description", "/v3/api-docs", Role.all()));
        routes.addAll(AccessRules.audit());
        routes.addAll(AccessRules.operations());
        return routes;
    }
}
