package dev.vigil.platform.relay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relay when events are appended, instead of letting it look every half second.
 * <p>
 * Axon's pooled streaming processor waits for new events by polling every 500 ms unless its stream
 * can call back when events arrive, and the embedded event store's streams cannot: that interval was
 * the constant half second between a command and the other services seeing it. This source hands the
 * processor streams that can call back, and one watcher thread tails the store (from the event
 * store's shared cache, so it costs no extra query) and calls every registered callback whenever
 * events become available: appended here, or found by the store's own poll when another instance
 * appended them.
 */
public final class AppendSignal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppendSignal.class);

    private final Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
    private volatile EventStore store;
    private volatile Thread watcher;
    private volatile boolean closed;

    /** The event store as a message source whose streams are woken by appends. */
    public StreamableMessageSource<TrackedEventMessage<?>> over(EventStore eventStore) {
        this.store = eventStore;
        return new Source(eventStore);
    }

    private void register(Runnable callback) {
        callbacks.add(callback);
        startWatching();
    }

    private synchronized void startWatching() {
        if (watcher != null || closed) {
            return;
        }
        watcher = Thread.ofPlatform().daemon().name("vigil-append-signal").start(this::watch);
    }

    private void watch() {
        while (!closed) {
            try (BlockingStream<TrackedEventMessage<?>> tail = store.openStream(store.createHeadToken())) {
                while (!closed) {
                    if (tail.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (tail.hasNextAvailable()) {
                            tail.nextAvailable();
                        }
                        callbacks.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the store is unreachable for now: the processor's own slower checks still find the events
                log.debug("Watching for appended events failed; watching again", e);
                callbacks.forEach(Runnable::run);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(1_000); // a back-off between reconnection attempts, not a wait for time in a test
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread running = watcher;
        if (running != null) {
            running.interrupt();
        }
    }

    private final class Source implements StreamableMessageSource<TrackedEventMessage<?>> {
        private final EventStore delegate;

        Source(EventStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            return new Stream(delegate.openStream(trackingToken));
        }

        @Override
        public TrackingToken createTailToken() {
            return delegate.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return delegate.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return delegate.createTokenAt(dateTime);
        }

        @Override
        public TrackingToken createTokenSince(Duration duration) {
            return delegate.createTokenSince(duration);
        }
    }

    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        Stream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable onAvailable) {
            Runnable previous = callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            callback = onAvailable;
            register(onAvailable);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            delegate.close();
        }
    }
}
