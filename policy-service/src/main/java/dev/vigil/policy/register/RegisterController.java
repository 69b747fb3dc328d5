package dev.vigil.policy.register;

import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.platform.problem.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The exception register: {@code GET /api/exceptions} (JSON, filtered) and
 * {@code GET /api/exceptions/register?format=json|csv|pdf} (the export), each now or {@code asOf} an instant.
 */
@RestController
class RegisterController {

    private final Register register;
    private final IncidentLinks links;
    private final Clock clock;

    RegisterController(Register register, IncidentLinks links, Clock clock) {
        this.register = register;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/api/exceptions")
    List<RegisterRow> list(@RequestParam(required = false) String status,
                           @RequestParam(required = false) String systemId,
                           @RequestParam(required = false) String controlId,
                           @RequestParam(required = false) ResidualRisk rating,
                           @RequestParam(required = false) Integer expiringWithinDays,
                           @RequestParam(required = false) Boolean needsReReview,
                           @RequestParam(required = false) Instant asOf) {
        return rows(new RegisterFilter(status, systemId, controlId, rating, expiringWithinDays, needsReReview), asOf);
    }

    @GetMapping("/api/exceptions/register")
    ResponseEntity<?> export(@RequestParam(defaultValue = "json") String format,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) String systemId,
                             @RequestParam(required = false) String controlId,
                             @RequestParam(required = false) ResidualRisk rating,
                             @RequestParam(required = false) Integer expiringWithinDays,
                             @RequestParam(required = false) Boolean needsReReview,
                             @RequestParam(required = false) Instant asOf) {
        List<RegisterRow> rows = rows(new RegisterFilter(status, systemId, controlId, rating, expiringWithinDays,
                needsReReview), asOf);
        Instant at = asOf == null ? clock.instant() : asOf;
        String file = "exception-register-" + at.toString().replace(':', '-');
        return switch (format) {
            case "json" -> ResponseEntity.ok(rows);
            case "csv" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"")
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(RegisterExport.csv(rows));
            case "pdf" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".pdf\"")
                    .contentType(MediaType.APPLICATION_PDF)
                    .body(RegisterExport.pdf(rows, at));
            default -> throw new InvalidInputException("format", "one-of", "format is json, csv or pdf");
        };
    }

    private List<RegisterRow> rows(RegisterFilter filter, Instant asOf) {
        if (filter.expiringWithinDays() != null && filter.expiringWithinDays() < 0) {
            throw new InvalidInputException("expiringWithinDays", "min", "expiringWithinDays is 0 or more");
        }
        Instant at = asOf == null ? clock.instant() : asOf;
        List<RegisterRow> rows = asOf == null ? register.all() : register.asOf(asOf);
        return links.visible(rows.stream().filter(filter.at(at)).toList());
    }
}
