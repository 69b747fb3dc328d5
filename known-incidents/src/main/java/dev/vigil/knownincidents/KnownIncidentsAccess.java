package dev.vigil.knownincidents;

import dev.vigil.platform.security.Role;
import dev.vigil.platform.security.RouteAccess;

import java.util.List;

/** The rows a service using known incidents adds to its permission table. */
public final class KnownIncidentsAccess {

    /** Reading the incidents a service knows: every role (need-to-know still hides restricted ones). */
    public static final List<RouteAccess> ROUTES = List.of(
            RouteAccess.get("list incidents", "/api/incidents", Role.all()),
            RouteAccess.get("read incident", "/api/incidents/*", Role.all()));

    private KnownIncidentsAccess() {
    }
}
