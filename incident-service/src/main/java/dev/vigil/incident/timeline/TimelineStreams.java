package dev.vigil.incident.timeline;

import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.NeedToKnow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Live timelines. Each Server-Sent Event's id is {@code <sequence>.<arrival>}: the last incident
 * event and the last fact of another service sent so far. A browser that reconnects with that
 * Last-Event-ID gets exactly what came after, in either order, even facts that arrived late with
 * an earlier time. What this instance records is pushed once its transaction commits; what other
 * instances record is found by polling from those watermarks, which also ends the stream of
 * someone who may no longer see the incident. Each follower is written to from its own thread, so
 * a slow browser holds up no one else.
 */
@Component
class TimelineStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TimelineStreams.class);
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    /** What was recorded after an incident-event sequence number and a fact arrival number. */
    interface Since {
        List<Positioned> after(long sequence, long arrival);
    }

    private final Map<UUID, Set<Follower>> followers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("timeline-poller").factory());

    TimelineStreams(@Value("${vigil.timeline.poll-interval:2s}") Duration pollInterval,
                    @Value("${vigil.timeline.heartbeat-interval:15s}") Duration heartbeatInterval) {
        poller.scheduleWithFixedDelay(this::pollAll, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        // an SSE comment now and then: proxies and load balancers cut streams that stay silent
        poller.scheduleWithFixedDelay(this::heartbeatAll, heartbeatInterval.toMillis(), heartbeatInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Replays what the browser has not seen yet, then follows. */
    SseEmitter follow(UUID incident, Actor viewer, Since timeline, BooleanSupplier stillVisible, String lastEventId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Follower follower = new Follower(emitter, viewer, timeline, stillVisible, lastEventId);
        Set<Follower> forIncident = followers.computeIfAbsent(incident, k -> ConcurrentHashMap.newKeySet());
        Runnable remove = () -> {
            forIncident.remove(follower);
            follower.writer.shutdown();
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        follower.onGone = remove;
        // registered before the backlog is read: what is recorded meanwhile waits in the follower's queue
        forIncident.add(follower);
        follower.replay();
        return emitter;
    }

    private void pollAll() {
        followers.values().forEach(set -> set.forEach(Follower::poll));
    }

    private void heartbeatAll() {
        followers.values().forEach(set -> set.forEach(Follower::heartbeat));
    }

    /** How many live streams of the incident are open on this instance. */
    int following(UUID incident) {
        return followers.getOrDefault(incident, Set.of()).size();
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }

    /** Sends the entry to everyone following the incident once the current transaction commits. */
    void publishAfterCommit(UUID incident, Positioned entry) {
        afterCommit(() -> followers.getOrDefault(incident, Set.of()).forEach(f -> f.offer(entry)));
    }

    /** Someone left a restricted incident: their live timelines of it end. */
    void revokeAfterCommit(UUID incident, String subject) {
        afterCommit(() -> followers.getOrDefault(incident, Set.of()).stream()
                .filter(f -> f.viewer.subject().equals(subject) && !NeedToKnow.seesAll(f.viewer))
                .forEach(f -> f.writer.execute(f.emitter::complete)));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static final class Follower {
        final SseEmitter emitter;
        final Actor viewer;
        final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
        private final Since timeline;
        private final BooleanSupplier stillVisible;
        private final Queue<Positioned> pending = new ArrayDeque<>();
        private volatile Runnable onGone = () -> { };
        private boolean replaying = true;
        private long sequence = -1;
        private long arrival = -1;

        Follower(SseEmitter emitter, Actor viewer, Since timeline, BooleanSupplier stillVisible, String lastEventId) {
            this.emitter = emitter;
            this.viewer = viewer;
            this.timeline = timeline;
            this.stillVisible = stillVisible;
            if (lastEventId != null && lastEventId.matches("-?\\d{1,18}\\.-?\\d{1,18}")) {
                String[] parts = lastEventId.split("\\.");
                sequence = Long.parseLong(parts[0]);
                arrival = Long.parseLong(parts[1]);
            }
        }

        void replay() {
            writer.execute(() -> {
                timeline.after(sequence, arrival).forEach(this::send);
                synchronized (this) {
                    while (!pending.isEmpty()) {
                        send(pending.poll());
                    }
                    replaying = false;
                }
            });
        }

        /** Picks up what other instances recorded, and ends the stream if the viewer lost sight of it. */
        void poll() {
            try {
                writer.execute(() -> {
                    try {
                        if (!stillVisible.getAsBoolean()) {
                            emitter.complete();
                            return;
                        }
                        timeline.after(sequence, arrival).forEach(this::send);
                    } catch (RuntimeException e) {
                        log.warn("Polling a live timeline failed; retrying at the next tick", e);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // the follower has gone
            }
        }

        /** A comment line ({@code :heartbeat}), which browsers ignore; also finds a browser that has gone. */
        void heartbeat() {
            try {
                writer.execute(() -> {
                    try {
                        emitter.send(SseEmitter.event().comment("heartbeat"));
                    } catch (IOException | IllegalStateException e) {
                        gone(e);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // the follower has gone
            }
        }

        /**
         * The browser closed the stream, or the connection broke: that is how a live stream ends, not a
         * failure. The stream is completed (not completed with an error, which would be dispatched and
         * logged as an unexpected failure) and the follower removed.
         */
        private void gone(Exception e) {
            log.debug("Timeline follower gone: {}", e.getMessage());
            try {
                emitter.complete();
            } catch (RuntimeException ignored) {
                // already completed
            }
            onGone.run();
        }

        void offer(Positioned entry) {
            synchronized (this) {
                if (replaying) {
                    pending.add(entry);
                    return;
                }
            }
            writer.execute(() -> send(entry));
        }

        /** Runs on the writer thread only: sends what lies past the watermarks, in order. */
        private void send(Positioned p) {
            if (p.isIncidentEvent() ? p.sequence() <= sequence : p.arrival() <= arrival) {
                return;
            }
            if (p.isIncidentEvent()) {
                sequence = p.sequence();
            } else {
                arrival = p.arrival();
            }
            try {
                emitter.send(SseEmitter.event().id(sequence + "." + arrival).name("timeline")
                        .data(p.entry(), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                gone(e);
            }
        }
    }
}
