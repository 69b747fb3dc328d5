package dev.vigil.platform.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/** A dev user: a username and password from configuration, with a display name. */
final class DevPrincipal extends User {

    private final String displayName;

    DevPrincipal(String username, String password, String displayName,
                 Collection<? extends GrantedAuthority> authorities) {
        super(username, password, authorities);
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
