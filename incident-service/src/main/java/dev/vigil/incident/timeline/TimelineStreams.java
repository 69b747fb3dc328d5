package dev.vigil.incident.timeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Live timelines: browsers following an incident get each new entry as a Server-Sent Event whose
 * id is the entry id, so after a disconnect they resume with Last-Event-ID. Entries are sent only
 * once the transaction that recorded them has committed.
 */
@Component
class TimelineStreams {

    private static final Logger log = LoggerFactory.getLogger(TimelineStreams.class);
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<UUID, Set<Follower>> followers = new ConcurrentHashMap<>();

    /** A stream that first replays what the browser missed, then follows. */
    SseEmitter follow(UUID incident, Supplier<List<TimelineEntry>> timeline, String lastEventId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Follower follower = new Follower(emitter, ConcurrentHashMap.newKeySet());
        Set<Follower> forIncident = followers.computeIfAbsent(incident, k -> ConcurrentHashMap.newKeySet());
        Runnable remove = () -> forIncident.remove(follower);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        // registered before the backlog is sent, so nothing recorded meanwhile is missed; sent ids dedupe
        forIncident.add(follower);
        List<TimelineEntry> backlog = timeline.get();
        int start = 0;
        if (lastEventId != null) {
            for (int i = 0; i < backlog.size(); i++) {
                if (backlog.get(i).id().equals(lastEventId)) {
                    start = i + 1;
                }
            }
        }
        for (TimelineEntry entry : backlog.subList(start, backlog.size())) {
            follower.send(entry);
        }
        return emitter;
    }

    /** Sends the entry to everyone following the incident once the current transaction commits. */
    void publishAfterCommit(UUID incident, TimelineEntry entry) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish(incident, entry);
                }
            });
        } else {
            publish(incident, entry);
        }
    }

    private void publish(UUID incident, TimelineEntry entry) {
        followers.getOrDefault(incident, Set.of()).forEach(f -> f.send(entry));
    }

    private record Follower(SseEmitter emitter, Set<String> sent) {
        void send(TimelineEntry entry) {
            if (!sent.add(entry.id())) {
                return;
            }
            try {
                synchronized (this) {
                    emitter.send(SseEmitter.event().id(entry.id()).name("timeline")
                            .data(entry, MediaType.APPLICATION_JSON));
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("Timeline follower gone: {}", e.getMessage());
                emitter.completeWithError(e);
            }
        }
    }
}
