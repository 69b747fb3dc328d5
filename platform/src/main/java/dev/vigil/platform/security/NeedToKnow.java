package dev.vigil.platform.security;

import java.util.Map;
import java.util.Set;

/**
 * Need-to-know for restricted records (an incident, and whatever hangs off one): only the people
 * taking part and the roles entitled to everything may know such a record exists. Everyone else is
 * told "not found", never "forbidden". Every read model of restricted records filters with this.
 */
public final class NeedToKnow {

    /** Roles that see every record, restricted or not. */
    public static final Set<String> SEES_ALL = Set.of("COMMITTEE", "COMPLIANCE", "AUDITOR", "ADMIN");

    /**
     * The SQL condition a read model filters with: a table with columns {@code restricted boolean}
     * and {@code participants jsonb} (an array of subjects), and the parameters {@code :viewer} and
     * {@code :seesAll} from {@link #parameters}.
     */
    public static final String SQL = " (not restricted or jsonb_exists(participants, :viewer) or :seesAll) ";

    private NeedToKnow() {
    }

    public static Map<String, Object> parameters(Actor viewer) {
        return Map.of("viewer", viewer.subject(), "seesAll", seesAll(viewer));
    }

    public static boolean seesAll(Actor actor) {
        return actor.roles().stream().anyMatch(SEES_ALL::contains);
    }

    /** The rule in plain code, for a record held in memory. */
    public static boolean mayKnow(Actor viewer, boolean restricted, Set<String> participants) {
        return !restricted || participants.contains(viewer.subject()) || seesAll(viewer);
    }
}
