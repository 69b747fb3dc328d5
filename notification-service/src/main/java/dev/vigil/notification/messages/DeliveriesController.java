package dev.vigil.notification.messages;

import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.Ids;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The delivery log: {@code GET /api/deliveries} (filters {@code incident}, {@code status},
 * {@code subscription}) and {@code GET /api/deliveries/{id}}. Everyone sees the messages addressed to
 * them; administrators and auditors see all.
 */
@RestController
@RequestMapping("/api/deliveries")
class DeliveriesController {

    static final Set<String> SEE_ALL = Set.of("ADMIN", "AUDITOR");

    private final Deliveries deliveries;

    DeliveriesController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    List<MessageView> list(@RequestParam(required = false) String incident,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) String subscription) {
        Actor actor = CurrentActor.require();
        return deliveries.all().stream()
                .filter(m -> visible(actor, m))
                .filter(m -> incident == null || incident.equals(m.incidentKey())
                        || (m.incidentId() != null && incident.equals(m.incidentId().toString())))
                .filter(m -> status == null || status.equalsIgnoreCase(m.status()))
                .filter(m -> subscription == null || subscription.equals(m.subscriptionId()))
                .sorted(Comparator.comparing(MessageView::queuedAt).reversed().thenComparing(m -> m.id().toString()))
                .toList();
    }

    @GetMapping("/{id}")
    MessageView get(@PathVariable String id) {
        Actor actor = CurrentActor.require();
        return Ids.uuid(id).flatMap(deliveries::find).filter(m -> visible(actor, m))
                .orElseThrow(() -> new NotFoundException("Delivery", id));
    }

    private static boolean visible(Actor actor, MessageView m) {
        return actor.subject().equals(m.recipientSubject()) || actor.roles().stream().anyMatch(SEE_ALL::contains);
    }
}
