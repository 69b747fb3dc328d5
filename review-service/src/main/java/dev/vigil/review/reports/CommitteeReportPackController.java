package dev.vigil.review.reports;

import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.Ids;
import dev.vigil.review.reports.CommitteeSchedule.ScheduleRequest;
import dev.vigil.review.reports.CommitteeSchedule.ScheduleView;
import dev.vigil.review.reports.CommitteeSchedule.Schedules;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The committee's schedule ({@code GET/PUT /api/reports/committee/schedule}) and its stored packs. */
@RestController
class CommitteeReportPackController {

    private final Schedules schedules;
    private final ReportPacks packs;

    CommitteeReportPackController(Schedules schedules, ReportPacks packs) {
        this.schedules = schedules;
        this.packs = packs;
    }

    @GetMapping("/api/reports/committee/schedule")
    ScheduleView schedule() {
        return schedules.view();
    }

    @PutMapping("/api/reports/committee/schedule")
    ScheduleView setSchedule(@RequestBody ScheduleRequest request) {
        return schedules.put(request, CurrentActor.require().subject());
    }

    @GetMapping("/api/reports/committee/packs")
    List<ReportPacks.Pack> packs() {
        return packs.all();
    }

    /** The stored bytes, as they were made; the SHA-256 is the ETag and the {@code X-Content-SHA256} header. */
    @GetMapping("/api/reports/committee/packs/{id}")
    @ApiResponse(responseCode = "200", description = "The stored bytes", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/json"),
            @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/xhtml+xml", schema = @Schema(type = "string"))})
    ResponseEntity<byte[]> pack(@PathVariable String id) {
        UUID packId = Ids.uuid(id).orElseThrow(() -> new NotFoundException("report pack", id));
        ReportPacks.Pack pack = packs.find(packId).orElseThrow(() -> new NotFoundException("report pack", id));
        byte[] bytes = packs.bytes(packId).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(pack.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(pack.fileName()).build().toString())
                .eTag("\"" + pack.sha256() + "\"")
                .header("X-Content-SHA256", pack.sha256())
                .header("X-Report-As-Of", pack.asOf().toString())
                .headers(h -> {
                    if (pack.lateFacts() != null) {
                        h.add("X-Report-Facts", String.valueOf(pack.factsKnown()));
                        h.add("X-Report-Late-Facts", String.valueOf(pack.lateFacts()));
                    }
                })
                .body(bytes);
    }
}
