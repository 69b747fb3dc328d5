package dev.vigil.notification.security;

import dev.vigil.knownincidents.KnownIncidentsAccess;
import dev.vigil.platform.security.AccessRules;
import dev.vigil.platform.security.RouteAccess;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** notification-service's permission table (the README's, row for row): so far the incidents it knows and the routes every service has. */
@Component
class NotificationAccessRules implements AccessRules {

    @Override
    public List<RouteAccess> routes() {
        List<RouteAccess> routes = new ArrayList<>(KnownIncidentsAccess.ROUTES);
        routes.addAll(AccessRules.standard());
        return routes;
    }
}
