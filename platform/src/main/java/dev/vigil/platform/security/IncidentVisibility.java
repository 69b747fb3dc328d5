package dev.vigil.platform.security;

import java.util.Set;

/**
 * Need-to-know for restricted incidents: only their participants and the roles entitled to all
 * incidents may know they exist. Everyone else is told "not found", never "forbidden".
 */
public final class IncidentVisibility {

    /** Roles that see every incident, restricted or not. */
    public static final Set<String> SEES_ALL = Set.of("COMMITTEE", "COMPLIANCE", "AUDITOR", "ADMIN");

    /**
     * The SQL condition a read model of incidents filters with: a table with columns
     * {@code restricted boolean} and {@code participants jsonb} (an array of subjects), and the
     * parameters {@code :viewer} and {@code :seesAll} from {@link #parameters}.
     */
    public static final String SQL = " (not restricted or jsonb_exists(participants, :viewer) or :seesAll) ";

    private IncidentVisibility() {
    }

    public static java.util.Map<String, Object> parameters(Actor viewer) {
        return java.util.Map.of("viewer", viewer.subject(), "seesAll", seesAll(viewer));
    }


    public static boolean seesAll(Actor actor) {
        return actor.roles().stream().anyMatch(SEES_ALL::contains);
    }
}
