package dev.vigil.platform.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One user per Vigil role, password = name + "-pw", available to every {@link VigilTest}. */
public final class TestUsers {

    public static final String RESPONDER = "rita";
    public static final String COMMANDER = "carl";
    public static final String REVIEWER = "rosa";
    public static final String COMMITTEE = "cora";
    public static final String POLICY_OWNER = "paul";
    public static final String COMPLIANCE = "connie";
    public static final String AUDITOR = "aldo";
    public static final String ADMIN = "ada";

    public static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put(RESPONDER, "RESPONDER");
        ROLES.put(COMMANDER, "INCIDENT_COMMANDER");
        ROLES.put(REVIEWER, "REVIEWER");
        ROLES.put(COMMITTEE, "COMMITTEE");
        ROLES.put(POLICY_OWNER, "POLICY_OWNER");
        ROLES.put(COMPLIANCE, "COMPLIANCE");
        ROLES.put(AUDITOR, "AUDITOR");
        ROLES.put(ADMIN, "ADMIN");
    }

    private TestUsers() {
    }

    public static String password(String user) {
        return user + "-pw";
    }

    /** E.g. "Carl (INCIDENT_COMMANDER)". */
    public static String displayName(String user) {
        return Character.toUpperCase(user.charAt(0)) + user.substring(1) + " (" + ROLES.get(user) + ")";
    }

    /** The users as {@code vigil.security.dev-users[i].*} properties. */
    public static List<String> asProperties() {
        var properties = new java.util.ArrayList<String>();
        int i = 0;
        for (var user : ROLES.entrySet()) {
            String prefix = "vigil.security.dev-users[" + i++ + "].";
            properties.add(prefix + "username=" + user.getKey());
            properties.add(prefix + "password=" + password(user.getKey()));
            properties.add(prefix + "display-name=" + displayName(user.getKey()));
            properties.add(prefix + "roles[0]=" + user.getValue());
        }
        return properties;
    }
}
