package dev.vigil.policy.controls;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.policy.controls.ControlCommands.DefineControl;
import dev.vigil.policy.controls.ControlCommands.Definition;
import dev.vigil.policy.controls.ControlCommands.ReviseControl;
import dev.vigil.policy.policies.PolicyLibrary;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The control catalogue: {@code /api/controls}. */
@RestController
@RequestMapping("/api/controls")
class ControlController {

    static final Pattern CONTROL_ID = Pattern.compile("CTL-[A-Z]{2,6}-\\d{2,4}");

    record ControlRequest(String id, UUID policyId, String title, String objective, ControlLayer layer,
                          Set<RiskClass> appliesToRiskClasses, List<String> appliesToSystems, String evidenceExpected,
                          String reason) {

        Definition definition() {
            new InputRules()
                    .required("policyId", policyId, "the policy that names this control")
                    .text("title", title, true, InputRules.LINE_MAX)
                    .text("objective", objective, true, InputRules.TEXT_MAX)
                    .required("layer", layer, "the control layer, one of " + List.of(ControlLayer.values()))
                    .text("evidenceExpected", evidenceExpected, true, InputRules.TEXT_MAX)
                    .check();
            return new Definition(policyId, title.strip(), objective.strip(), layer,
                    appliesToRiskClasses == null ? Set.of() : appliesToRiskClasses,
                    appliesToSystems == null ? List.of() : appliesToSystems, evidenceExpected.strip());
        }
    }

    private final CommandGateway commands;
    private final ControlCatalogue catalogue;
    private final PolicyLibrary policies;

    ControlController(CommandGateway commands, ControlCatalogue catalogue, PolicyLibrary policies) {
        this.commands = commands;
        this.catalogue = catalogue;
        this.policies = policies;
    }

    @GetMapping
    List<ControlView> list(@RequestParam(required = false) ControlLayer layer, @RequestParam(required = false) UUID policyId) {
        return catalogue.all().stream()
                .filter(c -> layer == null || c.layer() == layer)
                .filter(c -> policyId == null || c.policyId().equals(policyId))
                .toList();
    }

    @PostMapping
    ResponseEntity<ControlView> define(@RequestBody ControlRequest body) {
        new InputRules().text("id", body.id(), true, 20).check();
        if (!CONTROL_ID.matcher(body.id()).matches()) {
            new InputRules().violation("id", "pattern", "a control id such as CTL-RT-01").check();
        }
        Definition definition = checked(body);
        if (catalogue.find(body.id()).isPresent()) {
            throw new ConflictException("exists", "the catalogue already holds " + body.id(), Map.of("id", body.id()));
        }
        commands.sendAndWait(new DefineControl(body.id(), definition));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(body.id()).toUri()).body(catalogue.find(body.id()).orElseThrow());
    }

    @GetMapping("/{id}")
    ControlView get(@PathVariable String id) {
        return catalogue.find(id).orElseThrow(() -> new NotFoundException("Control", id));
    }

    /** A revision: a new version of the control, for a reason; exceptions waiving it are marked for re-review. */
    @PutMapping("/{id}")
    ControlView revise(@PathVariable String id, @RequestBody ControlRequest body) {
        get(id);
        new InputRules().text("reason", body.reason(), true, InputRules.TEXT_MAX).check();
        commands.sendAndWait(new ReviseControl(id, checked(body), body.reason()));
        return get(id);
    }

    private Definition checked(ControlRequest body) {
        Definition definition = body.definition();
        if (policies.find(definition.policyId()).isEmpty()) {
            throw new RuleViolationException("policyId", "exists", "no policy " + definition.policyId());
        }
        return definition;
    }
}
