package dev.vigil.notification.security;

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

/** notification-service's permission table (the README's, row for row). */
@Component
class NotificationAccessRules implements AccessRules {

    /** Who keeps the profile, the determinations, the marks of "not applicable" and the notifications: compliance alone. */
    static final Set<Role> KEEPERS = Role.of(COMPLIANCE);
    /** Who reads the profile: compliance, the committee, auditors, admins. */
    static final Set<Role> PROFILE_READERS = Role.of(COMPLIANCE, COMMITTEE, AUDITOR, ADMIN);
    /**
     * Who reads determinations and obligations: the profile's readers, and incident commanders, who
     * must know the regulatory clocks their incident runs (need-to-know still hides restricted ones).
     */
    static final Set<Role> READERS = Role.of(COMPLIANCE, COMMITTEE, AUDITOR, ADMIN, INCIDENT_COMMANDER);

    /** Who reads regulator notifications (drafts, exports, submissions): compliance, the committee, auditors. */
    static final Set<Role> NOTIFICATION_READERS = Role.of(COMPLIANCE, COMMITTEE, AUDITOR);

    @Override
    public List<RouteAccess> routes() {
        List<RouteAccess> routes = new ArrayList<>(KnownIncidentsAccess.ROUTES);
        routes.add(RouteAccess.get("read organisation profile", "/api/org-profile", PROFILE_READERS));
        routes.add(new RouteAccess("record organisation profile", HttpMethod.PUT, "/api/org-profile", KEEPERS));
        routes.add(RouteAccess.get("read regimes", "/api/regimes", Role.all()));
        routes.add(RouteAccess.get("read determinations", "/api/incidents/*/determinations", READERS));
        routes.add(RouteAccess.post("record determinations", "/api/incidents/*/determinations", KEEPERS));
        routes.add(RouteAccess.get("read obligations", "/api/obligations", READERS));
        routes.add(RouteAccess.get("read incident obligations", "/api/incidents/*/obligations", READERS));
        routes.add(RouteAccess.post("mark obligation not applicable", "/api/obligations/*/not-applicable", KEEPERS));
        routes.add(RouteAccess.post("draft notification", "/api/obligations/*/stages/*/drafts", KEEPERS));
        routes.add(RouteAccess.get("read notification draft", "/api/drafts/*", NOTIFICATION_READERS));
        routes.add(new RouteAccess("edit notification draft", HttpMethod.PUT, "/api/drafts/*", KEEPERS));
        routes.add(RouteAccess.get("export notification draft", "/api/drafts/*/export", NOTIFICATION_READERS));
        routes.add(RouteAccess.post("approve notification", "/api/drafts/*/approval", KEEPERS));
        routes.add(RouteAccess.post("record submission", "/api/drafts/*/submission", KEEPERS));
        routes.add(RouteAccess.post("record acknowledgement", "/api/drafts/*/acknowledgement", KEEPERS));
        routes.add(RouteAccess.get("read API description", "/v3/api-docs", Role.all()));
        routes.addAll(AccessRules.standard());
        return routes;
    }
}
