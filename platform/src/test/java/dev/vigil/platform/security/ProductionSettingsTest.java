package dev.vigil.platform.security;

import dev.vigil.platform.VigilProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionSettingsTest {

    static final List<VigilProperties.DevUser> DEV_USERS =
            List.of(new VigilProperties.DevUser("carl", "carl-pw", null, List.of("INCIDENT_COMMANDER")));

    static MockEnvironment prod() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://id.example.org/realms/vigil")
                .withProperty("spring.security.oauth2.resourceserver.jwt.audiences", "vigil");
        environment.setActiveProfiles("prod");
        return environment;
    }

    @Test
    void the_prod_profile_refuses_to_start_with_dev_users() {
        assertThatThrownBy(() -> SecurityConfiguration.refuseUnsafeProductionSettings(prod(), DEV_USERS))
                .hasMessageContaining("dev users are refused");
    }

    @Test
    void the_prod_profile_refuses_to_start_without_an_audience_to_check() {
        MockEnvironment environment = prod().withProperty("spring.security.oauth2.resourceserver.jwt.audiences", "");
        assertThatThrownBy(() -> SecurityConfiguration.refuseUnsafeProductionSettings(environment, List.of()))
                .hasMessageContaining("audiences");
    }

    @Test
    void the_prod_profile_starts_with_issuer_and_audience_and_no_dev_users() {
        assertThatCode(() -> SecurityConfiguration.refuseUnsafeProductionSettings(prod(), List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void dev_users_are_allowed_under_the_dev_and_test_profiles_only() {
        for (String profile : List.of("dev", "test")) {
            MockEnvironment environment = new MockEnvironment();
            environment.setActiveProfiles(profile);
            assertThatCode(() -> SecurityConfiguration.refuseUnsafeProductionSettings(environment, DEV_USERS))
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> SecurityConfiguration.refuseUnsafeProductionSettings(new MockEnvironment(), DEV_USERS))
                .hasMessageContaining("outside the dev and test profiles");
    }
}
