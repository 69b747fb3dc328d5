package dev.vigil.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeparationOfDutiesTest {

    @Test
    void whoever_requested_something_may_not_approve_it() {
        assertThatThrownBy(() -> SeparationOfDuties.requireDifferent("policy exception", "paul", "paul"))
                .isInstanceOf(SeparationOfDuties.SeparationOfDutiesViolation.class)
                .hasMessageContaining("paul requested this policy exception and so may not approve it");
    }

    @Test
    void someone_else_may_approve() {
        assertThatCode(() -> SeparationOfDuties.requireDifferent("policy exception", "paul", "cora"))
                .doesNotThrowAnyException();
    }
}
