package dev.vigil.policy.inventory;

import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.web.ETags;
import dev.vigil.policy.inventory.InventoryCommands.ChangeSystem;
import dev.vigil.policy.inventory.InventoryCommands.RegisterSystem;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The AI-system inventory: {@code /api/systems}. */
@RestController
@RequestMapping("/api/systems")
class InventoryController {

    private final CommandGateway commands;
    private final Inventory inventory;

    InventoryController(CommandGateway commands, Inventory inventory) {
        this.commands = commands;
        this.inventory = inventory;
    }

    @GetMapping
    List<SystemView> list(@RequestParam(required = false) RiskClass riskClass,
                          @RequestParam(required = false) String lifecycle) {
        return inventory.all().stream()
                .filter(s -> riskClass == null || s.facts().riskClass() == riskClass)
                .filter(s -> lifecycle == null || s.facts().lifecycle().equals(lifecycle))
                .toList();
    }

    @PostMapping
    ResponseEntity<SystemView> register(@RequestBody SystemRequest request) {
        String id = request.checkedId();
        var facts = request.facts();
        if (inventory.find(id).isPresent()) {
            throw new ConflictException("exists", "the inventory already holds a system " + id, Map.of("id", id));
        }
        commands.sendAndWait(new RegisterSystem(id, facts, request.reason()));
        SystemView view = inventory.find(id).orElseThrow();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id)
                .toUri()).eTag(ETags.of(view.version())).body(view);
    }

    /** The system now, or as it stood at {@code asOf}. */
    @GetMapping("/{id}")
    ResponseEntity<SystemView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        SystemView now = inventory.find(id).orElseThrow(() -> new NotFoundException("AI system", id));
        if (asOf == null) {
            return ResponseEntity.ok().eTag(ETags.of(now.version())).body(now);
        }
        return ResponseEntity.ok(inventory.asOf(id, asOf)
                .orElseThrow(() -> new NotFoundException("AI system", id + " as of " + asOf)));
    }

    @PutMapping("/{id}")
    ResponseEntity<SystemView> change(@PathVariable String id, @RequestBody SystemRequest request,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (request.id() != null && !request.id().strip().equals(id)) {
            throw new InvalidInputException("id", "matches-path", "the body names another system than the path");
        }
        var facts = request.facts();
        SystemView current = inventory.find(id).orElseThrow(() -> new NotFoundException("AI system", id));
        Long expected = ETags.expectedVersion(ifMatch, current.version(), "system " + id);
        commands.sendAndWait(new ChangeSystem(id, expected, facts, request.reason()));
        SystemView view = inventory.find(id).orElseThrow();
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
