package dev.vigil.review.security;

import dev.vigil.platform.security.AccessRules;
import dev.vigil.platform.security.RouteAccess;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** review-service's permission table (the README's, row for row). */
@Component
class ReviewAccessRules implements AccessRules {

    @Override
    public List<RouteAccess> routes() {
        List<RouteAccess> routes = new ArrayList<>();
        routes.addAll(AccessRules.knownIncidents());
        routes.addAll(AccessRules.audit());
        routes.addAll(AccessRules.operations());
        return routes;
    }
}
