package dev.vigil.platform.security;

import dev.vigil.platform.VigilProperties;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JwtRolesTest {

    static Jwt token(String claim, Object value) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u-1").claim(claim, value)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }

    static List<String> roles(VigilProperties.Security security, Jwt jwt) {
        return new JwtRoles(security).convert(jwt).getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void with_a_mapping_only_mapped_groups_grant_roles_even_one_called_like_a_vigil_role() {
        var security = new VigilProperties.Security(null, "groups", Map.of("ai-safety-ic", "INCIDENT_COMMANDER"));
        assertThat(roles(security, token("groups", List.of("ai-safety-ic", "auditor", "admin", "marketing"))))
                .containsExactly("ROLE_INCIDENT_COMMANDER");
    }

    @Test
    void without_a_mapping_values_naming_vigil_roles_are_taken_in_any_case() {
        var security = new VigilProperties.Security(null, "groups", null);
        assertThat(roles(security, token("groups", List.of("auditor", "Incident_Commander", "marketing"))))
                .containsExactlyInAnyOrder("ROLE_AUDITOR", "ROLE_INCIDENT_COMMANDER");
    }

    @Test
    void a_nested_claim_and_a_space_separated_string_are_read() {
        var nested = new VigilProperties.Security(null, "realm_access.roles", null);
        assertThat(roles(nested, token("realm_access", Map.of("roles", List.of("committee")))))
                .containsExactly("ROLE_COMMITTEE");
        var flat = new VigilProperties.Security(null, "scope", null);
        assertThat(roles(flat, token("scope", "responder admin openid"))).containsExactly("ROLE_RESPONDER", "ROLE_ADMIN");
    }

    @Test
    void a_token_without_the_claim_grants_no_role() {
        var security = new VigilProperties.Security(null, null, null);
        assertThat(roles(security, token("other", "x"))).isEmpty();
    }
}
