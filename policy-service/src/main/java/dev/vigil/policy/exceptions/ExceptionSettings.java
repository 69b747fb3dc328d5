package dev.vigil.policy.exceptions;

import dev.vigil.contracts.governance.ResidualRisk;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * The organisation's risk appetite for waivers, as configuration: how likelihood × impact (each 1–5)
 * is rated, and the longest a waiver of each rating may run. Defaults: a product of 1–4 is LOW, 5–9
 * MEDIUM, 10–16 HIGH, 20–25 CRITICAL; 12, 6, 3 and 1 months.
 *
 * @param mediumFrom   the lowest product rated MEDIUM ({@code vigil.exceptions.medium-from})
 * @param highFrom     the lowest product rated HIGH
 * @param criticalFrom the lowest product rated CRITICAL
 * @param maxDuration  per rating, e.g. {@code vigil.exceptions.max-duration.HIGH=P3M}
 */
@ConfigurationProperties("vigil.exceptions")
public record ExceptionSettings(Integer mediumFrom, Integer highFrom, Integer criticalFrom,
                                Map<ResidualRisk, Period> maxDuration) {

    public ExceptionSettings {
        mediumFrom = mediumFrom == null ? 5 : mediumFrom;
        highFrom = highFrom == null ? 10 : highFrom;
        criticalFrom = criticalFrom == null ? 20 : criticalFrom;
        Map<ResidualRisk, Period> limits = new EnumMap<>(Map.of(ResidualRisk.LOW, Period.ofMonths(12),
                ResidualRisk.MEDIUM, Period.ofMonths(6), ResidualRisk.HIGH, Period.ofMonths(3),
                ResidualRisk.CRITICAL, Period.ofMonths(1)));
        if (maxDuration != null) {
            limits.putAll(maxDuration);
        }
        maxDuration = Map.copyOf(limits);
        if (!(1 < mediumFrom && mediumFrom < highFrom && highFrom < criticalFrom && criticalFrom <= 25)) {
            throw new IllegalArgumentException("vigil.exceptions: need 1 < medium-from < high-from < critical-from <= 25");
        }
    }

    public static ExceptionSettings defaults() {
        return new ExceptionSettings(null, null, null, null);
    }
}
