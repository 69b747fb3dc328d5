package dev.vigil.policy.exceptions;

import dev.vigil.contracts.governance.ResidualRisk;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExceptionRulesTest {

    @Test
    void the_default_matrix_rates_each_product_of_likelihood_and_impact() {
        ExceptionSettings settings = ExceptionSettings.defaults();
        assertThat(ExceptionRules.rate(1, 4, settings)).isEqualTo(ResidualRisk.LOW);
        assertThat(ExceptionRules.rate(1, 5, settings)).isEqualTo(ResidualRisk.MEDIUM);
        assertThat(ExceptionRules.rate(3, 3, settings)).isEqualTo(ResidualRisk.MEDIUM);
        assertThat(ExceptionRules.rate(2, 5, settings)).isEqualTo(ResidualRisk.HIGH);
        assertThat(ExceptionRules.rate(4, 4, settings)).isEqualTo(ResidualRisk.HIGH);
        assertThat(ExceptionRules.rate(4, 5, settings)).isEqualTo(ResidualRisk.CRITICAL);
    }

    @Test
    void the_matrix_and_durations_are_configuration() {
        ExceptionSettings strict = new ExceptionSettings(3, 6, 12, Map.of(ResidualRisk.LOW, Period.ofMonths(2)));
        assertThat(ExceptionRules.rate(2, 3, strict)).isEqualTo(ResidualRisk.HIGH);
        assertThat(strict.maxDuration()).containsEntry(ResidualRisk.LOW, Period.ofMonths(2))
                .containsEntry(ResidualRisk.CRITICAL, Period.ofMonths(1));
    }

    @Test
    void an_incoherent_matrix_is_refused_at_start() {
        assertThatThrownBy(() -> new ExceptionSettings(10, 5, 20, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
