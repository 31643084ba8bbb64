package org.xueliang.alerts.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class AlertStreamHubTest {

    /** A console whose writes complete only when the test says so. */
    static final class FakeConnection implements StreamConnection {
        final String name;
        final List<String> received = new ArrayList<>();
        final List<CompletableFuture<Void>> writes = new ArrayList<>();
        final boolean autoComplete;
        String closedWith;

        FakeConnection(String name, boolean autoComplete) {
            this.name = name;
            this.autoComplete = autoComplete;
        }

        @Override
        public CompletionStage<Void> send(String text) {
            received.add(text);
            CompletableFuture<Void> write = autoComplete ? CompletableFuture.completedFuture(null)
                    : new CompletableFuture<>();
            writes.add(write);
            return write;
        }

        @Override
        public void close(String reason) {
            closedWith = reason;
        }

        @Override
        public String describe() {
            return name;
        }
    }

    @Test
    void sendsEveryMessageToEveryConsole() {
        AlertStreamHub hub = new AlertStreamHub(4);
        FakeConnection a = new FakeConnection("a", true);
        FakeConnection b = new FakeConnection("b", true);
        hub.add(a);
        hub.add(b);

        hub.broadcast("one");
        hub.broadcast("two");

        assertThat(a.received).containsExactly("one", "two");
        assertThat(b.received).containsExactly("one", "two");
        assertThat(hub.connections()).isEqualTo(2);
        assertThat(hub.messagesSent()).isEqualTo(4);
    }

    @Test
    void closesASlowConsoleWithoutHoldingUpTheOthers() {
        AlertStreamHub hub = new AlertStreamHub(3);
        FakeConnection slow = new FakeConnection("slow", false);
        FakeConnection fast = new FakeConnection("fast", true);
        hub.add(slow);
        hub.add(fast);

        for (int i = 1; i <= 5; i++) {
            hub.broadcast("m" + i);
        }

        assertThat(slow.received).containsExactly("m1", "m2", "m3");
        assertThat(slow.closedWith).isEqualTo("too slow: more than 3 messages pending");
        assertThat(fast.received).containsExactly("m1", "m2", "m3", "m4", "m5");
        assertThat(fast.closedWith).isNull();
        assertThat(hub.slowConsumersClosed()).isEqualTo(1);
        assertThat(hub.connections()).isEqualTo(1);
    }

    @Test
    void aConsoleThatCatchesUpStaysConnected() {
        AlertStreamHub hub = new AlertStreamHub(2);
        FakeConnection console = new FakeConnection("c", false);
        hub.add(console);

        for (int i = 1; i <= 6; i++) {
            hub.broadcast("m" + i);
            console.writes.get(console.writes.size() - 1).complete(null);
        }

        assertThat(console.received).hasSize(6);
        assertThat(console.closedWith).isNull();
        assertThat(hub.slowConsumersClosed()).isZero();
    }

    @Test
    void dropsAConsoleWhoseWriteFailed() {
        AlertStreamHub hub = new AlertStreamHub(2);
        FakeConnection console = new FakeConnection("c", false);
        hub.add(console);

        hub.broadcast("m1");
        console.writes.get(0).completeExceptionally(new IllegalStateException("connection reset"));
        hub.broadcast("m2");

        assertThat(console.received).containsExactly("m1");
        assertThat(hub.connections()).isZero();
    }

    @Test
    void forgetsAConsoleThatLeft() {
        AlertStreamHub hub = new AlertStreamHub(2);
        FakeConnection console = new FakeConnection("c", true);
        hub.add(console);
        hub.remove(console);

        hub.broadcast("m1");

        assertThat(console.received).isEmpty();
        assertThat(hub.connections()).isZero();
    }
}
