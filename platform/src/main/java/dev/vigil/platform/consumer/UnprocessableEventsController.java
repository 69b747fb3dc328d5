package dev.vigil.platform.consumer;

import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code /api/operations/unprocessable-events}: what consumers set aside, and replaying it. */
@RestController
@RequestMapping("/api/operations/unprocessable-events")
class UnprocessableEventsController {

    private final UnprocessableEvents events;

    UnprocessableEventsController(UnprocessableEvents events) {
        this.events = events;
    }

    @GetMapping
    Page<UnprocessableEvents.Entry> list(@RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        return new Page<>(events.list(page, size), page, size, events.count());
    }

    @PostMapping("/{consumer}/{topic}/{partition}/{offset}/replay")
    Map<String, Object> replay(@PathVariable String consumer, @PathVariable String topic, @PathVariable int partition,
                               @PathVariable long offset) {
        var entry = events.find(consumer, topic, partition, offset)
                .orElseThrow(() -> new NotFoundException("Unprocessable event", consumer + "/" + topic + "/" + partition
                        + "/" + offset));
        try {
            events.replay(entry);
        } catch (RuntimeException e) {
            throw new ConflictException("still-unprocessable", "the record still cannot be handled: "
                    + UnprocessableEventRecorder.rootCause(e).getMessage(),
                    Map.of("consumer", consumer));
        }
        return Map.of("replayed", true, "consumer", consumer, "topic", topic, "partition", partition, "offset", offset);
    }
}
