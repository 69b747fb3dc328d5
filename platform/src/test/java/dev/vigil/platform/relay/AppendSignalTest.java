package dev.vigil.platform.relay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay's streams are woken by appends: no processor waits out a polling interval for new events. */
class AppendSignalTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final AppendSignal signal = new AppendSignal();

    @AfterEach
    void close() {
        signal.close();
        store.shutDown();
    }

    @Test
    void a_stream_can_be_called_back_and_is_called_back_when_an_event_is_appended() throws InterruptedException {
        StreamableMessageSource<TrackedEventMessage<?>> source = signal.over(store);
        AtomicInteger wakeUps = new AtomicInteger();
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createHeadToken())) {
            assertThat(stream.setOnAvailableCallback(wakeUps::incrementAndGet)).isTrue();
            assertThat(stream.hasNextAvailable()).isFalse();

            store.publish(GenericEventMessage.asEventMessage("appended"));

            await().atMost(Duration.ofSeconds(10)).until(() -> wakeUps.get() > 0);
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("appended");
        }
    }

    @Test
    void a_closed_stream_is_no_longer_called_back() {
        StreamableMessageSource<TrackedEventMessage<?>> source = signal.over(store);
        AtomicInteger closedWakeUps = new AtomicInteger();
        AtomicInteger openWakeUps = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> closed = source.openStream(source.createHeadToken());
        closed.setOnAvailableCallback(closedWakeUps::incrementAndGet);
        closed.close();
        try (BlockingStream<TrackedEventMessage<?>> open = source.openStream(source.createHeadToken())) {
            open.setOnAvailableCallback(openWakeUps::incrementAndGet);

            store.publish(GenericEventMessage.asEventMessage("appended"));

            await().atMost(Duration.ofSeconds(10)).until(() -> openWakeUps.get() > 0);
            assertThat(closedWakeUps).hasValue(0);
        }
    }
}
