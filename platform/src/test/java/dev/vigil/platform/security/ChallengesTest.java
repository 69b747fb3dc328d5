package dev.vigil.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChallengesTest {

    @Test
    void where_tokens_are_accepted_the_challenge_is_bearer() {
        assertThat(SecurityConfiguration.challenges(true, false, new BadCredentialsException("no")))
                .containsExactly("Bearer realm=\"vigil\"");
    }

    @Test
    void a_refused_token_is_named_an_invalid_token() {
        assertThat(SecurityConfiguration.challenges(true, false, new InvalidBearerTokenException("Jwt expired at 2026-11-30T10:00:00Z")))
                .singleElement().asString()
                .startsWith("Bearer realm=\"vigil\", error=\"invalid_token\", error_description=\"")
                .doesNotContain("2026-11-30");
    }

    @Test
    void dev_users_are_offered_basic_beside_bearer() {
        assertThat(SecurityConfiguration.challenges(true, true, new BadCredentialsException("no")))
                .isEqualTo(List.of("Bearer realm=\"vigil\"", "Basic realm=\"vigil\", charset=\"UTF-8\""));
        assertThat(SecurityConfiguration.challenges(false, true, new BadCredentialsException("no")))
                .isEqualTo(List.of("Basic realm=\"vigil\", charset=\"UTF-8\""));
    }
}
