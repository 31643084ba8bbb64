package org.xueliang.simulator.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientTransactionsTest {

    private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 5060);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    /** Records every send, like a socket that loses everything. */
    static final class RecordingLink implements SipLink {
        final List<Long> sendNanos = new CopyOnWriteArrayList<>();
        final Transport transport;

        RecordingLink(Transport transport) {
            this.transport = transport;
        }

        @Override
        public Transport transport() {
            return transport;
        }

        @Override
        public InetSocketAddress localAddress() {
            return new InetSocketAddress("127.0.0.1", 40000);
        }

        @Override
        public void send(SipMessage message, InetSocketAddress destination) {
            sendNanos.add(System.nanoTime());
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    private static SipMessage register(long cseq) {
        return SipMessage.request("REGISTER", "sip:s@d").header("Call-ID", "c1").header("CSeq", cseq + " REGISTER").build();
    }

    private static SipMessage response(int code, long cseq) {
        return SipMessage.response(code, "X").header("Call-ID", "c1").header("CSeq", cseq + " REGISTER").build();
    }

    @Test
    void udpRequestIsRetransmittedWithDoublingIntervalsUntilTimeout() throws Exception {
        ClientTransactions transactions = new ClientTransactions(scheduler, Duration.ofMillis(20),
                Duration.ofMillis(80), Duration.ofMillis(400));
        RecordingLink link = new RecordingLink(Transport.UDP);
        CompletableFuture<SipMessage> result = transactions.send(register(1), link, SERVER);
        assertThatThrownBy(() -> result.get(2, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class).hasMessageContaining("no final response to REGISTER");
        // sends at 0, 20, 60, 140, 220, 300, 380 ms: intervals 20, 40, 80 (capped at T2) ...
        assertThat(link.sendNanos.size()).isBetween(5, 8);
        long first = link.sendNanos.get(1) - link.sendNanos.get(0);
        long second = link.sendNanos.get(2) - link.sendNanos.get(1);
        assertThat(second).isGreaterThan(first);
        assertThat(transactions.inFlight()).isZero();
    }

    @Test
    void finalResponseCompletesAndStopsRetransmissionWhileProvisionalDoesNot() throws Exception {
        ClientTransactions transactions = new ClientTransactions(scheduler, Duration.ofMillis(20),
                Duration.ofMillis(80), Duration.ofSeconds(5));
        RecordingLink link = new RecordingLink(Transport.UDP);
        CompletableFuture<SipMessage> result = transactions.send(register(2), link, SERVER);
        assertThat(transactions.complete(response(100, 2))).isTrue();
        assertThat(result).isNotDone();
        assertThat(transactions.complete(response(200, 3))).as("other CSeq").isFalse();
        assertThat(transactions.complete(response(401, 2))).isTrue();
        assertThat(result.get(1, TimeUnit.SECONDS).statusCode()).isEqualTo(401);
        int sent = link.sendNanos.size();
        Thread.sleep(100); // long enough for two more retransmissions if the timer were still running
        assertThat(link.sendNanos).hasSize(sent);
        assertThat(transactions.complete(response(401, 2))).as("late retransmitted response").isFalse();
    }

    @Test
    void tcpRequestIsSentOnce() {
        ClientTransactions transactions = new ClientTransactions(scheduler, Duration.ofMillis(10),
                Duration.ofMillis(40), Duration.ofMillis(150));
        RecordingLink link = new RecordingLink(Transport.TCP);
        CompletableFuture<SipMessage> result = transactions.send(register(1), link, SERVER);
        assertThatThrownBy(() -> result.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
        assertThat(link.sendNanos).hasSize(1);
    }
}
