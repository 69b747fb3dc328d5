package dev.vigil.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Optional;

/** The actor of the request being handled, taken from the authenticated principal only. */
public final class CurrentActor {

    static final String ROLE_PREFIX = "ROLE_";

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return Optional.empty();
        }
        var roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList();
        return Optional.of(new Actor(auth.getName(), displayName(auth), roles));
    }

    /** The actor of a request that security has already authenticated. */
    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("no authenticated principal"));
    }

    private static String displayName(Authentication auth) {
        if (auth.getPrincipal() instanceof Jwt jwt) {
            String name = jwt.getClaimAsString("name");
            return name != null ? name : auth.getName();
        }
        if (auth.getPrincipal() instanceof DevPrincipal dev) {
            return dev.displayName();
        }
        return auth.getName();
    }
}
