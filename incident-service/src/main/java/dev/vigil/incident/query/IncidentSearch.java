package dev.vigil.incident.query;

import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.platform.problem.InvalidInputException;

import java.time.Instant;
import java.util.Map;

/**
 * A search over incidents; every criterion is optional.
 *
 * @param text free text matched in title, summary and key
 * @param sort one of {@code declaredAt}, {@code severity}, {@code key}, {@code status}, optionally
 *             prefixed with {@code -} for descending; default {@code -declaredAt}
 */
public record IncidentSearch(IncidentStatus status, Severity severity, String systemId, HazardCategory category,
                             String jurisdiction, Instant declaredFrom, Instant declaredTo, String text, String sort) {

    private static final Map<String, String> SORTABLE = Map.of(
            "declaredAt", "declared_at", "severity", "severity", "key", "incident_key", "status", "status");

    public IncidentSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        systemId = systemId == null || systemId.isBlank() ? null : systemId.strip();
        jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip();
        sort = sort == null || sort.isBlank() ? "-declaredAt" : sort.strip();
        String field = sort.startsWith("-") ? sort.substring(1) : sort;
        if (!SORTABLE.containsKey(field)) {
            throw new InvalidInputException("sort", "one-of", "sort by one of " + SORTABLE.keySet()
                    + ", with a leading - for descending");
        }
        if (declaredFrom != null && declaredTo != null && !declaredFrom.isBefore(declaredTo)) {
            throw new InvalidInputException("declaredTo", "after-declaredFrom", "declaredTo must be after declaredFrom");
        }
    }

    /** The SQL order: the chosen column, then the key, so pages are stable. */
    String orderBy() {
        boolean descending = sort.startsWith("-");
        String column = SORTABLE.get(descending ? sort.substring(1) : sort);
        String direction = descending ? " desc" : " asc";
        return column + direction + ", incident_key" + direction;
    }
}
