package dev.vigil.notification.assessment;

import dev.vigil.notification.events.Determinations;
import dev.vigil.platform.problem.FieldViolation;
import dev.vigil.platform.problem.RuleViolationException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of compliance's determinations, as plain functions: a revision names only what it
 * determines (the rest stays); it must change something; a determination that starts a clock needs
 * its time; a high risk to data subjects needs a personal-data breach.
 */
public final class DeterminationRules {

    /** A determination and the time that must come with it when it is true. */
    private static final List<String[]> NEEDS_TIME = List.of(
            new String[]{"causalLinkEstablished", "causalLinkEstablishedAt"},
            new String[]{"doraMajorIncident", "doraClassifiedAt"},
            new String[]{"secMaterial", "secMaterialityDeterminedAt"},
            new String[]{"caCriticalSafetyIncident", "caDiscoveredAt"},
            new String[]{"nySafetyIncident", "nyDeterminedAt"});

    private static final RecordComponent[] FIELDS = Determinations.class.getRecordComponents();

    private DeterminationRules() {
    }

    /** The determinations after a revision: each one it names replaces the one held. */
    public static Determinations merge(Determinations held, Determinations asked) {
        Object[] values = new Object[FIELDS.length];
        Class<?>[] types = new Class<?>[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            Object value = value(asked, FIELDS[i]);
            values[i] = value != null ? value : value(held, FIELDS[i]);
            types[i] = FIELDS[i].getType();
        }
        try {
            return Determinations.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the determinations that differ. */
    public static List<String> changed(Determinations before, Determinations after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent field : FIELDS) {
            if (!Objects.equals(value(before, field), value(after, field))) {
                changed.add(field.getName());
            }
        }
        return changed;
    }

    /** The names of the determinations a request makes (its non-null fields). */
    public static List<String> named(Determinations asked) {
        return changed(Determinations.none(), asked);
    }

    /** 422 naming each broken rule of the determinations as they would stand. */
    public static void check(Determinations merged, List<String> changed) {
        List<FieldViolation> violations = new ArrayList<>();
        if (changed.isEmpty()) {
            violations.add(new FieldViolation("determinations", "changed", "nothing differs from the determinations as recorded"));
        }
        for (String[] pair : NEEDS_TIME) {
            if (Boolean.TRUE.equals(value(merged, pair[0])) && value(merged, pair[1]) == null) {
                violations.add(new FieldViolation(pair[1], "required-with", pair[1] + " is required once " + pair[0]
                        + " is true: it starts the clock"));
            }
        }
        if (Boolean.TRUE.equals(merged.highRiskToDataSubjects()) && !Boolean.TRUE.equals(merged.personalDataBreach())) {
            violations.add(new FieldViolation("highRiskToDataSubjects", "requires-breach",
                    "a high risk to data subjects is a property of a personal-data breach: determine the breach first"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static Object value(Determinations d, String name) {
        for (RecordComponent field : FIELDS) {
            if (field.getName().equals(name)) {
                return value(d, field);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Object value(Determinations d, RecordComponent field) {
        try {
            return field.getAccessor().invoke(d);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
