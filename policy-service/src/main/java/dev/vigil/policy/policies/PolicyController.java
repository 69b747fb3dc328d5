package dev.vigil.policy.policies;

import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.web.Ids;
import dev.vigil.policy.policies.PolicyCommands.CreatePolicy;
import dev.vigil.policy.policies.PolicyCommands.DraftPolicyVersion;
import dev.vigil.policy.policies.PolicyCommands.PublishPolicyVersion;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The policy library: {@code /api/policies}. */
@RestController
@RequestMapping("/api/policies")
class PolicyController {

    record CreateRequest(String title, PolicyLevel level, UUID parentId, String ownerSubject, String ownerName,
                         Integer reviewCadenceMonths) {
    }

    record VersionRequest(String text, LocalDate effectiveFrom) {
    }

    private final CommandGateway commands;
    private final PolicyLibrary library;

    PolicyController(CommandGateway commands, PolicyLibrary library) {
        this.commands = commands;
        this.library = library;
    }

    @GetMapping
    List<PolicyView> list(@RequestParam(required = false) PolicyLevel level,
                          @RequestParam(required = false) Boolean reviewDue) {
        return library.all().stream()
                .filter(p -> level == null || p.level() == level)
                .filter(p -> reviewDue == null || p.reviewDue() == reviewDue)
                .toList();
    }

    @PostMapping
    ResponseEntity<PolicyView> create(@RequestBody CreateRequest body) {
        new InputRules()
                .text("title", body.title(), true, InputRules.LINE_MAX)
                .required("level", body.level(), "one of " + List.of(PolicyLevel.values()))
                .text("ownerSubject", body.ownerSubject(), true, InputRules.LINE_MAX)
                .text("ownerName", body.ownerName(), false, InputRules.LINE_MAX)
                .required("reviewCadenceMonths", body.reviewCadenceMonths(), "months between reviews (1 to 60)")
                .check();
        if (body.reviewCadenceMonths() < 1 || body.reviewCadenceMonths() > 60) {
            new InputRules().violation("reviewCadenceMonths", "range", "reviewCadenceMonths is 1 to 60").check();
        }
        PolicyLevel parentLevel = null;
        if (body.parentId() != null) {
            parentLevel = library.find(body.parentId()).map(PolicyView::level).orElseThrow(() ->
                    new RuleViolationException("parentId", "exists", "no policy " + body.parentId()));
        }
        UUID id = UUID.randomUUID();
        String name = InputRules.strip(body.ownerName());
        commands.sendAndWait(new CreatePolicy(id, body.title(), body.level(), body.parentId(), parentLevel,
                new Person(body.ownerSubject().strip(), name == null ? body.ownerSubject().strip() : name),
                body.reviewCadenceMonths()));
        PolicyView view = library.find(id).orElseThrow();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id)
                .toUri()).body(view);
    }

    @GetMapping("/{id}")
    PolicyView get(@PathVariable String id) {
        return find(id);
    }

    @PostMapping("/{id}/versions")
    ResponseEntity<PolicyView> draft(@PathVariable String id, @RequestBody VersionRequest body) {
        PolicyView policy = find(id);
        new InputRules()
                .text("text", body.text(), true, 100_000)
                .required("effectiveFrom", body.effectiveFrom(), "the date the version takes effect once published")
                .check();
        commands.sendAndWait(new DraftPolicyVersion(policy.id(), body.text(), body.effectiveFrom()));
        // the new version is part of the policy: the answer is the policy, and Location where it is read
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/policies/{id}")
                .buildAndExpand(policy.id()).toUri()).body(find(id));
    }

    @PostMapping("/{id}/versions/{version}/publish")
    PolicyView publish(@PathVariable String id, @PathVariable int version) {
        PolicyView policy = find(id);
        commands.sendAndWait(new PublishPolicyVersion(policy.id(), version));
        return find(id);
    }

    private PolicyView find(String id) {
        return Ids.uuid(id).flatMap(library::find).orElseThrow(() -> new NotFoundException("Policy", id));
    }
}
