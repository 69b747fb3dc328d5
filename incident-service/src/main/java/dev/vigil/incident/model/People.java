package dev.vigil.incident.model;

import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.problem.InputRules;

/** A person named in a command (a commander, a role holder, a participant): checked and tidied alike. */
public final class People {

    private People() {
    }

    /** Refuses (400) a missing person, or a missing or too long subject or name. */
    public static void check(String field, Person person) {
        new InputRules().required(field, person, "who (subject and name)").check();
        new InputRules()
                .text(field + ".subject", person.subject(), true, InputRules.LINE_MAX)
                .text(field + ".name", person.name(), false, InputRules.LINE_MAX)
                .check();
    }

    /** The person with blanks stripped; their subject stands in for a missing name. */
    public static Person clean(Person person) {
        String name = InputRules.strip(person.name());
        return new Person(person.subject().strip(), name == null ? person.subject().strip() : name);
    }
}
