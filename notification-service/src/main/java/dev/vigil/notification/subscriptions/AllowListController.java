package dev.vigil.notification.subscriptions;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.subscriptions.SubscriptionCommands.RecordAllowList;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.ETags;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The webhook allow-list: {@code GET/PUT /api/webhook-allow-list} (administrators). The configured
 * entries are shown but changed only by configuration.
 */
@RestController
@RequestMapping("/api/webhook-allow-list")
class AllowListController {

    record AllowListRequest(List<String> entries, String reason) {
    }

    /** The administrators' entries (with revision and who set them) and the configured ones. */
    record AllowListResponse(List<String> entries, List<String> configured, Integer revision, String reason,
                             String recordedBy, java.time.Instant recordedAt) {
    }

    private final CommandGateway commands;
    private final WebhookTargets targets;

    AllowListController(CommandGateway commands, WebhookTargets targets) {
        this.commands = commands;
        this.targets = targets;
    }

    @GetMapping
    ResponseEntity<AllowListResponse> get() {
        return answer();
    }

    @PutMapping
    ResponseEntity<AllowListResponse> put(@RequestBody AllowListRequest request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        List<String> entries = request.entries() == null ? List.of() : request.entries();
        InputRules rules = new InputRules().text("reason", request.reason(), true, InputRules.TEXT_MAX)
                .size("entries", entries, 200);
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            rules.text("entries[" + i + "]", entry, true, 255);
            if (entry != null && !entry.isBlank() && !WebhookTargets.validEntry(entry.strip())) {
                rules.violation("entries[" + i + "]", "host-or-cidr", "an entry is a host name, an address or a CIDR "
                        + "range such as 10.20.0.0/16");
            }
        }
        rules.check();
        Long expected = targets.administered()
                .map(current -> ETags.expectedVersion(ifMatch, current.version(), "the allow-list")).orElse(null);
        Actor actor = CurrentActor.require();
        commands.sendAndWait(new RecordAllowList(AllowList.ID, expected,
                entries.stream().map(String::strip).distinct().toList(), request.reason().strip(),
                new Person(actor.subject(), actor.displayName())));
        return answer();
    }

    private ResponseEntity<AllowListResponse> answer() {
        var admin = targets.administered();
        AllowListResponse body = new AllowListResponse(admin.map(AllowListView::entries).orElse(List.of()),
                targets.configured(), admin.map(AllowListView::revision).orElse(null),
                admin.map(AllowListView::reason).orElse(null), admin.map(AllowListView::recordedBy).orElse(null),
                admin.map(AllowListView::recordedAt).orElse(null));
        var response = ResponseEntity.ok();
        admin.ifPresent(a -> response.eTag(ETags.of(a.version())));
        return response.body(body);
    }
}
