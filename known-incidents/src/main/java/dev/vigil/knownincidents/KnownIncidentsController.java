package dev.vigil.knownincidents;

import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The incidents this service has learnt of, as the caller may see them. */
@RestController
@RequestMapping("/api/incidents")
class KnownIncidentsController {

    private final KnownIncidents incidents;

    KnownIncidentsController(KnownIncidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    Page<KnownIncident> list(@RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        Page.check(page, size);
        Actor viewer = CurrentActor.require();
        return new Page<>(incidents.list(viewer, page, size), page, size, incidents.count(viewer));
    }

    @GetMapping("/{idOrKey}")
    KnownIncident get(@PathVariable String idOrKey) {
        return incidents.find(CurrentActor.require(), idOrKey)
                .orElseThrow(() -> new NotFoundException("Incident", idOrKey));
    }
}
