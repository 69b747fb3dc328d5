package dev.vigil.incident.search;

import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentReadModel;
import dev.vigil.incident.details.IncidentResource;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/incidents}: the incidents the caller may know of, filtered, sorted and paged. */
@RestController
class SearchIncidentsController {

    private final IncidentReadModel incidents;
    private final IncidentResource resource;

    SearchIncidentsController(IncidentReadModel incidents, IncidentResource resource) {
        this.incidents = incidents;
        this.resource = resource;
    }

    @GetMapping("/api/incidents")
    Page<IncidentDetails> search(@RequestParam(required = false) IncidentStatus status,
                                 @RequestParam(required = false) Severity severity,
                                 @RequestParam(required = false) String systemId,
                                 @RequestParam(required = false) HazardCategory category,
                                 @RequestParam(required = false) String jurisdiction,
                                 @RequestParam(required = false) Instant declaredFrom,
                                 @RequestParam(required = false) Instant declaredTo,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) String sort,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        Page.check(page, size);
        Actor viewer = CurrentActor.require();
        var search = new IncidentSearch(status, severity, systemId, category, jurisdiction, declaredFrom, declaredTo, q, sort);
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = search.conditions(params);
        return new Page<>(incidents.query(viewer, conditions, params, search.orderBy(), page, size).stream()
                .map(resource::withSystem).toList(), page, size, incidents.count(viewer, conditions, params));
    }
}
