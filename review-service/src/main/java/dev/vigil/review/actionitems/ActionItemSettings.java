package dev.vigil.review.actionitems;

import dev.vigil.contracts.incident.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * How long an action item has by default, by its incident's highest severity: SEV1 15 days, SEV2 30, SEV3 60,
 * SEV4 90 ({@code vigil.action-items.due-days.SEV1=10}); a review of a hazard with no severity gets
 * {@code vigil.action-items.hazard-due-days} (default 60).
 */
@ConfigurationProperties("vigil.action-items")
public record ActionItemSettings(Map<Severity, Integer> dueDays, Integer hazardDueDays) {

    public ActionItemSettings {
        Map<Severity, Integer> days = new EnumMap<>(Map.of(Severity.SEV1, 15, Severity.SEV2, 30, Severity.SEV3, 60,
                Severity.SEV4, 90));
        if (dueDays != null) {
            days.putAll(dueDays);
        }
        dueDays = Map.copyOf(days);
        hazardDueDays = hazardDueDays == null ? 60 : hazardDueDays;
        if (dueDays.values().stream().anyMatch(d -> d == null || d < 1) || hazardDueDays < 1) {
            throw new IllegalArgumentException("vigil.action-items: due days are at least 1");
        }
    }

    public static ActionItemSettings defaults() {
        return new ActionItemSettings(null, null);
    }

    public int daysFor(Severity severity) {
        return severity == null ? hazardDueDays : dueDays.get(severity);
    }
}
