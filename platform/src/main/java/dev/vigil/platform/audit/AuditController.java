package dev.vigil.platform.audit;

import dev.vigil.platform.eventstore.AuditEntry;
import dev.vigil.platform.eventstore.AuditLog;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** {@code GET /api/audit}: who did what, when, to which record, oldest first. */
@RestController
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/audit")
    Page<AuditEntry> audit(@RequestParam(required = false) String actor,
                           @RequestParam(required = false) String recordId,
                           @RequestParam(required = false) Instant from,
                           @RequestParam(required = false) Instant to,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "after-from", "to must be after from");
        }
        var query = new AuditLog.Query(actor, recordId, from, to);
        return new Page<>(log.find(query, page, size), page, size, log.count(query));
    }
}
