package dev.vigil.notification.people;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.people.PeopleCommands.EditPerson;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.ETags;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.regex.Pattern;

/** The people directory, kept by administrators: {@code GET /api/people}, {@code GET/PUT /api/people/{subject}}. */
@RestController
@RequestMapping("/api/people")
class PeopleController {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The body of a PUT: the entry as it should stand. */
    record PersonRequest(String name, String email, String jiraAccountId) {

        void check() {
            InputRules rules = new InputRules()
                    .text("name", name, true, InputRules.LINE_MAX)
                    .text("email", email, false, InputRules.LINE_MAX)
                    .text("jiraAccountId", jiraAccountId, false, 128);
            if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
                rules.violation("email", "email", "email is an address such as ana@example.org");
            }
            rules.check();
        }
    }

    private final People people;
    private final CommandGateway commands;

    PeopleController(People people, CommandGateway commands) {
        this.people = people;
        this.commands = commands;
    }

    @GetMapping
    List<PersonView> list() {
        return people.all();
    }

    @GetMapping("/{subject}")
    ResponseEntity<PersonView> get(@PathVariable String subject) {
        PersonView view = people.find(subject).orElseThrow(() -> new NotFoundException("Person", subject));
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    /** Sets (or creates) the entry; If-Match (optional) guards against a concurrent change. */
    @PutMapping("/{subject}")
    ResponseEntity<PersonView> put(@PathVariable String subject, @RequestBody PersonRequest request,
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        request.check();
        new InputRules().text("subject", subject, true, InputRules.LINE_MAX).check();
        Long expected = people.find(subject)
                .map(current -> ETags.expectedVersion(ifMatch, current.version(), "the directory entry"))
                .orElse(null);
        Actor actor = CurrentActor.require();
        commands.sendAndWait(new EditPerson(subject, expected, request.name().strip(), InputRules.strip(request.email()),
                InputRules.strip(request.jiraAccountId()), new Person(actor.subject(), actor.displayName())));
        PersonView view = people.find(subject).orElseThrow();
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
