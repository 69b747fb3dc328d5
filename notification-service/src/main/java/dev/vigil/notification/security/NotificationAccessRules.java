package dev.vigil.notification.security;

import dev.vigil.platform.security.AccessRules;
import dev.vigil.platform.security.RouteAccess;
import org.springframework.stereotype.Component;

import java.util.List;

/** notification-service's permission table (the README's, row for row): so far the routes every service has. */
@Component
class NotificationAccessRules implements AccessRules {

    @Override
    public List<RouteAccess> routes() {
        return AccessRules.standard();
    }
}
