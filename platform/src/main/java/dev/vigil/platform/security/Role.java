package dev.vigil.platform.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles a Vigil user can hold. What each may do is in each service's {@link AccessRules}. */
public enum Role {
    RESPONDER,
    INCIDENT_COMMANDER,
    REVIEWER,
    COMMITTEE,
    POLICY_OWNER,
    COMPLIANCE,
    /** Reads everything, changes nothing. */
    AUDITOR,
    ADMIN;

    public static Set<Role> all() {
        return EnumSet.allOf(Role.class);
    }

    public static Set<Role> of(Role first, Role... rest) {
        return EnumSet.of(first, rest);
    }
}
