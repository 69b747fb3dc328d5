package dev.vigil.platform.security;

import org.springframework.http.HttpMethod;

import java.util.List;

/**
 * A service's whole permission table, in one place: every API route with the roles that may call
 * it. Security enforces exactly this list; an {@code /api} route not in it is refused to everyone.
 */
public interface AccessRules {

    List<RouteAccess> routes();

    /**
     * Routes called without a login, each checking its caller itself (a webhook with a secret in its
     * URL): open to anyone, documented without a security requirement. Their roles are not used.
     */
    default List<RouteAccess> openRoutes() {
        return List.of();
    }

    /** What every service offers: its audit log, its metrics and its set-aside events. */
    static List<RouteAccess> standard() {
        List<RouteAccess> routes = new java.util.ArrayList<>(audit());
        routes.addAll(operations());
        return routes;
    }

    /** The audit log of the service's event store: auditors and admins. */
    static List<RouteAccess> audit() {
        return List.of(RouteAccess.get("read audit log", "/api/audit", Role.of(Role.AUDITOR, Role.ADMIN)));
    }

    /** Operations: metrics (for the monitoring system, given that role) and set-aside events: admins. */
    static List<RouteAccess> operations() {
        return List.of(
                new RouteAccess("read metrics", HttpMethod.GET, "/actuator/prometheus", Role.of(Role.ADMIN)),
                RouteAccess.get("list unprocessable events", "/api/operations/unprocessable-events", Role.of(Role.ADMIN)),
                RouteAccess.post("replay unprocessable event", "/api/operations/unprocessable-events/*/*/*/*/replay",
                        Role.of(Role.ADMIN)));
    }
}
