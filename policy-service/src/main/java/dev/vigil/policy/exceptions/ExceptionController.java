package dev.vigil.policy.exceptions;

import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.Ids;
import dev.vigil.policy.controls.ControlCatalogue;
import dev.vigil.policy.controls.ControlView;
import dev.vigil.policy.exceptions.ExceptionCommands.ApproveException;
import dev.vigil.policy.exceptions.ExceptionCommands.RejectException;
import dev.vigil.policy.exceptions.ExceptionCommands.RenewException;
import dev.vigil.policy.exceptions.ExceptionCommands.RequestException;
import dev.vigil.policy.exceptions.ExceptionCommands.RevokeException;
import dev.vigil.policy.exceptions.ExceptionCommands.Terms;
import dev.vigil.policy.inventory.Inventory;
import dev.vigil.policy.policies.PolicyLibrary;
import dev.vigil.policy.policies.PolicyView;
import dev.vigil.policy.register.IncidentLinks;
import dev.vigil.policy.register.Register;
import dev.vigil.policy.register.RegisterRow;
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

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Policy exceptions: request, decide, renew, revoke ({@code /api/exceptions}); the register reads them. */
@RestController
@RequestMapping("/api/exceptions")
class ExceptionController {

    /** A request: no id, requester, rating or time (the server owns those; unknown fields are refused). */
    record ExceptionRequest(List<String> controlIds, List<String> systemIds, String scope, String justification,
                            String ownerSubject, String ownerName, Instant requestedExpiry, Integer likelihood,
                            Integer impact, List<String> compensatingControls) {
    }

    record RenewalRequest(String justification, Instant requestedExpiry, Integer likelihood, Integer impact,
                          List<String> compensatingControls) {
    }

    record Decision(String note, String reason) {
    }

    private final CommandGateway commands;
    private final Register register;
    private final ControlCatalogue controls;
    private final PolicyLibrary policies;
    private final Inventory inventory;
    private final IncidentLinks links;

    ExceptionController(CommandGateway commands, Register register, ControlCatalogue controls, PolicyLibrary policies,
                        Inventory inventory, IncidentLinks links) {
        this.links = links;
        this.commands = commands;
        this.register = register;
        this.controls = controls;
        this.policies = policies;
        this.inventory = inventory;
    }

    @PostMapping
    ResponseEntity<RegisterRow> request(@RequestBody ExceptionRequest body) {
        InputRules rules = new InputRules()
                .required("controlIds", body.controlIds(), "the control(s) waived")
                .required("systemIds", body.systemIds(), "the AI system(s) the waiver covers")
                .text("scope", body.scope(), true, InputRules.TEXT_MAX)
                .text("ownerSubject", body.ownerSubject(), true, InputRules.LINE_MAX)
                .text("ownerName", body.ownerName(), false, InputRules.LINE_MAX);
        checkTerms(rules, body.justification(), body.requestedExpiry(), body.likelihood(), body.impact(),
                body.compensatingControls());
        if (body.controlIds() != null && body.controlIds().isEmpty()) {
            rules.violation("controlIds", "required", "name at least one control");
        }
        if (body.systemIds() != null && body.systemIds().isEmpty()) {
            rules.violation("systemIds", "required", "name at least one AI system");
        }
        rules.check();
        for (String controlId : body.controlIds()) {
            if (controls.find(controlId).isEmpty()) {
                throw new RuleViolationException("controlIds", "exists", "no control " + controlId + " in the catalogue");
            }
        }
        for (String systemId : body.systemIds()) {
            if (inventory.find(systemId).isEmpty()) {
                throw new RuleViolationException("systemIds", "exists", "no AI system " + systemId + " in the inventory");
            }
        }
        UUID id = UUID.randomUUID();
        String ownerName = InputRules.strip(body.ownerName());
        commands.sendAndWait(new RequestException(id, List.copyOf(new java.util.LinkedHashSet<>(body.controlIds())),
                List.copyOf(new java.util.LinkedHashSet<>(body.systemIds())), body.scope().strip(),
                new Person(body.ownerSubject().strip(), ownerName == null ? body.ownerSubject().strip() : ownerName),
                caller(), terms(body.justification(), body.requestedExpiry(), body.likelihood(), body.impact(),
                body.compensatingControls())));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id)
                .toUri()).body(register.find(id).orElseThrow());
    }

    /** One exception now, or as it stood at {@code asOf}; by id or key. */
    @GetMapping("/{id}")
    RegisterRow get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        RegisterRow row = find(id);
        return links.visible(asOf == null ? row : register.asOf(row.id(), asOf)
                .orElseThrow(() -> new NotFoundException("Policy exception", id + " as of " + asOf)));
    }

    @PostMapping("/{id}/approvals")
    RegisterRow approve(@PathVariable String id, @RequestBody(required = false) Decision body) {
        RegisterRow row = find(id);
        String note = body == null ? null : body.note();
        new InputRules().text("note", note, false, InputRules.TEXT_MAX).check();
        Map<String, Integer> controlVersions = new LinkedHashMap<>();
        row.controlIds().forEach(c -> controls.find(c).ifPresent(v -> controlVersions.put(c, v.controlVersion())));
        Map<String, RiskClass> riskClasses = new LinkedHashMap<>();
        row.systemIds().forEach(s -> inventory.find(s).ifPresent(v -> riskClasses.put(s, v.facts().riskClass())));
        Actor actor = CurrentActor.require();
        commands.sendAndWait(new ApproveException(row.id(), caller(), Set.copyOf(actor.roles()), policyOwners(row),
                controlVersions, riskClasses, note));
        return links.visible(find(id));
    }

    @PostMapping("/{id}/rejection")
    RegisterRow reject(@PathVariable String id, @RequestBody Decision body) {
        RegisterRow row = find(id);
        new InputRules().text("reason", body.reason(), true, InputRules.TEXT_MAX).check();
        commands.sendAndWait(new RejectException(row.id(), caller(), Set.copyOf(CurrentActor.require().roles()),
                policyOwners(row), body.reason()));
        return links.visible(find(id));
    }

    @PostMapping("/{id}/renewal")
    RegisterRow renew(@PathVariable String id, @RequestBody RenewalRequest body) {
        RegisterRow row = find(id);
        InputRules rules = new InputRules();
        checkTerms(rules, body.justification(), body.requestedExpiry(), body.likelihood(), body.impact(),
                body.compensatingControls());
        rules.check();
        commands.sendAndWait(new RenewException(row.id(), caller(), terms(body.justification(), body.requestedExpiry(),
                body.likelihood(), body.impact(), body.compensatingControls())));
        return links.visible(find(id));
    }

    @PostMapping("/{id}/revocation")
    RegisterRow revoke(@PathVariable String id, @RequestBody Decision body) {
        RegisterRow row = find(id);
        new InputRules().text("reason", body.reason(), true, InputRules.TEXT_MAX).check();
        commands.sendAndWait(new RevokeException(row.id(), caller(), Set.copyOf(CurrentActor.require().roles()),
                policyOwners(row), body.reason()));
        return links.visible(find(id));
    }

    private static void checkTerms(InputRules rules, String justification, Instant expiry, Integer likelihood,
                                   Integer impact, List<String> compensating) {
        rules.text("justification", justification, true, InputRules.TEXT_MAX)
                .required("requestedExpiry", expiry, "when the waiver ends")
                .required("likelihood", likelihood, "1 (rare) to 5 (almost certain)")
                .required("impact", impact, "1 (negligible) to 5 (severe)");
        if (likelihood != null && (likelihood < 1 || likelihood > 5)) {
            rules.violation("likelihood", "range", "likelihood is 1 to 5");
        }
        if (impact != null && (impact < 1 || impact > 5)) {
            rules.violation("impact", "range", "impact is 1 to 5");
        }
        List<String> list = compensating == null ? List.of() : compensating;
        for (int i = 0; i < list.size(); i++) {
            rules.text("compensatingControls[" + i + "]", list.get(i), true, InputRules.TEXT_MAX);
        }
    }

    private static Terms terms(String justification, Instant expiry, Integer likelihood, Integer impact,
                               List<String> compensating) {
        return new Terms(justification, expiry, likelihood, impact, compensating == null ? List.of() : compensating);
    }

    /** The owners of the policies that name the waived controls: who may decide as policy owner. */
    private Set<String> policyOwners(RegisterRow row) {
        Set<String> owners = new HashSet<>();
        for (String controlId : row.controlIds()) {
            controls.find(controlId).map(ControlView::policyId).flatMap(policies::find)
                    .map(PolicyView::owner).ifPresent(owner -> owners.add(owner.subject()));
        }
        return owners;
    }

    private RegisterRow find(String idOrKey) {
        return Ids.uuid(idOrKey).flatMap(register::find)
                .or(() -> register.all().stream().filter(r -> idOrKey.equals(r.key())).findFirst())
                .orElseThrow(() -> new NotFoundException("Policy exception", idOrKey));
    }

    private static Person caller() {
        Actor actor = CurrentActor.require();
        return new Person(actor.subject(), actor.displayName());
    }
}
