package dev.vigil.platform.security;

import dev.vigil.platform.VigilProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a user's Vigil roles from a configurable claim of the token. With a
 * {@code vigil.security.role-mapping} (e.g. {@code ai-safety-ic: INCIDENT_COMMANDER}) only mapped
 * values grant roles: an identity provider's group that happens to be called "admin" grants
 * nothing. Without a mapping, values naming a Vigil role (in any case) are taken as that role.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String claim;
    private final Map<String, String> mapping;

    JwtRoles(VigilProperties.Security security) {
        this.claim = security.rolesClaim();
        this.mapping = security.roleMapping();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<String> values = claimValues(jwt);
        var authorities = values.stream()
                .map(this::role)
                .flatMap(Optional::stream)
                .distinct()
                .map(r -> new SimpleGrantedAuthority(CurrentActor.ROLE_PREFIX + r.name()))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    /** The claim may be a list or a space- or comma-separated string; dotted names reach into objects. */
    private Collection<String> claimValues(Jwt jwt) {
        Object value = jwt.getClaims();
        for (String part : claim.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        if (value instanceof String s) {
            return Arrays.stream(s.split("[ ,]+")).filter(v -> !v.isBlank()).toList();
        }
        return List.of();
    }

    private Optional<Role> role(String value) {
        String mapped = mapping.isEmpty() ? value : mapping.get(value);
        if (mapped == null) {
            return Optional.empty();
        }
        String name = mapped.toUpperCase(Locale.ROOT);
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
