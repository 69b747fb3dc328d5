package dev.vigil.incident.search;

import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.platform.problem.InvalidInputException;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A search over incidents; every criterion is optional.
 *
 * @param text free text matched in title, summary and key
 * @param sort one of {@code declaredAt}, {@code severity}, {@code key}, {@code status}, optionally
 *             prefixed with {@code -} for descending; default {@code -declaredAt}
 */
record IncidentSearch(IncidentStatus status, Severity severity, String systemId, HazardCategory category,
                             String jurisdiction, Instant declaredFrom, Instant declaredTo, String text, String sort) {

    private static final Map<String, String> SORTABLE = Map.of(
            "declaredAt", "declared_at", "severity", "severity", "key", "incident_key", "status", "status");

    IncidentSearch {
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

    /** The SQL conditions over {@code incident_view}, with their parameters put into {@code params}. */
    List<String> conditions(Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("status = :status");
            params.put("status", status.name());
        }
        if (severity != null) {
            conditions.add("severity = :severity");
            params.put("severity", severity.name());
        }
        if (systemId != null) {
            conditions.add("system_id = :systemId");
            params.put("systemId", systemId);
        }
        if (category != null) {
            conditions.add("category = :category");
            params.put("category", category.name());
        }
        if (jurisdiction != null) {
            conditions.add("jurisdictions like :jurisdiction");
            params.put("jurisdiction", "%," + likeLiteral(jurisdiction) + ",%");
        }
        if (declaredFrom != null) {
            conditions.add("declared_at >= :declaredFrom");
            params.put("declaredFrom", Timestamp.from(declaredFrom));
        }
        if (declaredTo != null) {
            conditions.add("declared_at < :declaredTo");
            params.put("declaredTo", Timestamp.from(declaredTo));
        }
        if (text != null) {
            conditions.add("(title ilike :text or summary ilike :text or incident_key ilike :text)");
            params.put("text", "%" + likeLiteral(text) + "%");
        }
        return conditions;
    }

    /** The text as a LIKE pattern that matches only itself. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The SQL order: the chosen column, then the key, so pages are stable. */
    String orderBy() {
        boolean descending = sort.startsWith("-");
        String column = SORTABLE.get(descending ? sort.substring(1) : sort);
        String direction = descending ? " desc" : " asc";
        return column + direction + ", incident_key" + direction;
    }
}
