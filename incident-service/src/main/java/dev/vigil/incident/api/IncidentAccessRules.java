package dev.vigil.incident.api;

import dev.vigil.platform.security.AccessRules;
import dev.vigil.platform.security.Role;
import dev.vigil.platform.security.RouteAccess;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static dev.vigil.platform.security.Role.ADMIN;
import static dev.vigil.platform.security.Role.INCIDENT_COMMANDER;
import static dev.vigil.platform.security.Role.RESPONDER;

/** incident-service's permission table (the README's, row for row). */
@Component
class IncidentAccessRules implements AccessRules {

    static final java.util.Set<Role> DECLARERS = Role.of(RESPONDER, INCIDENT_COMMANDER, ADMIN);

    @Override
    public List<RouteAccess> routes() {
        List<RouteAccess> routes = new ArrayList<>();
        routes.add(RouteAccess.post("declare incident", "/api/incidents", DECLARERS));
        routes.addAll(AccessRules.knownIncidents());
        routes.addAll(AccessRules.audit());
        routes.addAll(AccessRules.operations());
        return routes;
    }
}
