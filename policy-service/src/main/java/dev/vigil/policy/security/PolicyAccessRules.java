package dev.vigil.policy.security;

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
import static dev.vigil.platform.security.Role.COMMITTEE;
import static dev.vigil.platform.security.Role.INCIDENT_COMMANDER;
import static dev.vigil.platform.security.Role.POLICY_OWNER;
import static dev.vigil.platform.security.Role.RESPONDER;
import static dev.vigil.platform.security.Role.REVIEWER;

/** policy-service's permission table (the README's, row for row). */
@Component
class PolicyAccessRules implements AccessRules {

    /** Who keeps the inventory, the policies and the controls. */
    static final Set<Role> KEEPERS = Role.of(POLICY_OWNER, ADMIN);
    /** Who may ask for a waiver: anyone who works on incidents, and policy owners. */
    static final Set<Role> REQUESTERS = Role.of(RESPONDER, INCIDENT_COMMANDER, REVIEWER, POLICY_OWNER, ADMIN);
    /** Who decides waivers: the policy owner of a waived control and, for high risks, the committee. */
    static final Set<Role> DECIDERS = Role.of(POLICY_OWNER, COMMITTEE);

    @Override
    public List<RouteAccess> routes() {
        List<RouteAccess> routes = new ArrayList<>(KnownIncidentsAccess.ROUTES);
        routes.add(RouteAccess.get("read inventory", "/api/systems", Role.all()));
        routes.add(RouteAccess.get("read AI system", "/api/systems/*", Role.all()));
        routes.add(RouteAccess.post("register AI system", "/api/systems", KEEPERS));
        routes.add(new RouteAccess("change AI system", HttpMethod.PUT, "/api/systems/*", KEEPERS));
        routes.add(RouteAccess.get("read policies", "/api/policies", Role.all()));
        routes.add(RouteAccess.get("read policy", "/api/policies/*", Role.all()));
        routes.add(RouteAccess.post("create policy", "/api/policies", KEEPERS));
        routes.add(RouteAccess.post("draft policy version", "/api/policies/*/versions", KEEPERS));
        routes.add(RouteAccess.post("publish policy version", "/api/policies/*/versions/*/publish", KEEPERS));
        routes.add(RouteAccess.get("read controls", "/api/controls", Role.all()));
        routes.add(RouteAccess.get("read control", "/api/controls/*", Role.all()));
        routes.add(RouteAccess.post("define control", "/api/controls", KEEPERS));
        routes.add(new RouteAccess("revise control", HttpMethod.PUT, "/api/controls/*", KEEPERS));
        routes.add(RouteAccess.get("export exception register", "/api/exceptions/register", Role.all()));
        routes.add(RouteAccess.get("read exceptions", "/api/exceptions", Role.all()));
        routes.add(RouteAccess.get("read exception", "/api/exceptions/*", Role.all()));
        routes.add(RouteAccess.post("request exception", "/api/exceptions", REQUESTERS));
        routes.add(RouteAccess.post("approve exception", "/api/exceptions/*/approvals", DECIDERS));
        routes.add(RouteAccess.post("reject exception", "/api/exceptions/*/rejection", DECIDERS));
        routes.add(RouteAccess.post("revoke exception", "/api/exceptions/*/revocation", DECIDERS));
        routes.add(RouteAccess.post("renew exception", "/api/exceptions/*/renewal", REQUESTERS));
        routes.add(RouteAccess.get("read API description", "/v3/api-docs", Role.all()));
        routes.addAll(AccessRules.standard());
        return routes;
    }
}
