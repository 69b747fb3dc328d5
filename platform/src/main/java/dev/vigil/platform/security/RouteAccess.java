package dev.vigil.platform.security;

import org.springframework.http.HttpMethod;

import java.util.Set;

/**
 * One row of a service's permission table: which roles may call a route.
 *
 * @param permission what the route does, in words of the table (e.g. {@code declare incident})
 * @param method     HTTP method
 * @param pattern    path pattern ({@code /api/incidents/*})
 * @param roles      the roles allowed; everyone else gets 403
 */
public record RouteAccess(String permission, HttpMethod method, String pattern, Set<Role> roles) {

    public RouteAccess {
        roles = Set.copyOf(roles);
    }

    public static RouteAccess get(String permission, String pattern, Set<Role> roles) {
        return new RouteAccess(permission, HttpMethod.GET, pattern, roles);
    }

    public static RouteAccess post(String permission, String pattern, Set<Role> roles) {
        return new RouteAccess(permission, HttpMethod.POST, pattern, roles);
    }
}
