package dev.vigil.incident.timeline;

import dev.vigil.incident.details.IncidentDetails;
import dev.vigil.incident.details.IncidentReadModel;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

/** {@code GET /api/incidents/{id}/timeline} (JSON, CSV, Markdown) and its live stream. */
@RestController
@RequestMapping("/api/incidents/{idOrKey}/timeline")
class TimelineController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final IncidentReadModel incidents;
    private final Timeline timeline;
    private final TimelineStreams streams;

    TimelineController(IncidentReadModel incidents, Timeline timeline, TimelineStreams streams) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.streams = streams;
    }

    @GetMapping
    ResponseEntity<?> timeline(@PathVariable String idOrKey, @RequestParam(defaultValue = "json") String format) {
        IncidentDetails incident = visible(idOrKey);
        List<TimelineEntry> entries = timeline.of(incident.id());
        String file = incident.key() + "-timeline";
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries);
            case "csv" -> ResponseEntity.ok().contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"")
                    .body(TimelineExport.csv(entries));
            case "md" -> ResponseEntity.ok().contentType(MARKDOWN)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".md\"")
                    .body(TimelineExport.markdown(incident.key(), incident.title(), entries));
            default -> throw new InvalidInputException("format", "one-of", "format is json, csv or md");
        };
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String idOrKey,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        IncidentDetails incident = visible(idOrKey);
        Actor viewer = CurrentActor.require();
        return streams.follow(incident.id(), viewer, (sequence, arrival) -> timeline.after(incident.id(), sequence, arrival),
                () -> incidents.find(viewer, incident.id().toString()).isPresent(), lastEventId);
    }

    private IncidentDetails visible(String idOrKey) {
        return incidents.find(CurrentActor.require(), idOrKey).orElseThrow(() -> new NotFoundException("Incident", idOrKey));
    }
}
