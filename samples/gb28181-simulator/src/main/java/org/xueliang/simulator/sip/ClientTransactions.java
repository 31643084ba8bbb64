package org.xueliang.simulator.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Non-INVITE client transactions (RFC 3261 section 17.1.2), reduced to what a device needs:
 * over UDP the request is resent after T1, doubling up to T2, until a final response arrives or
 * the transaction times out (64 x T1 by default). Provisional responses are ignored. Responses
 * are matched by Call-ID and CSeq.
 */
public final class ClientTransactions {

    private final ScheduledExecutorService scheduler;
    private final Duration t1;
    private final Duration t2;
    private final Duration timeout;
    private final ConcurrentHashMap<TransactionKey, Pending> pending = new ConcurrentHashMap<>();

    public ClientTransactions(ScheduledExecutorService scheduler, Duration t1, Duration t2, Duration timeout) {
        this.scheduler = scheduler;
        this.t1 = t1;
        this.t2 = t2;
        this.timeout = timeout;
    }

    /** RFC 3261 timer values: T1 500 ms, T2 4 s, timeout 32 s. */
    public static ClientTransactions withDefaultTimers(ScheduledExecutorService scheduler) {
        return new ClientTransactions(scheduler, Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(32));
    }

    /** Sends {@code request}; the future completes with the final response or fails with a timeout or I/O error. */
    public CompletableFuture<SipMessage> send(SipMessage request, SipLink link, InetSocketAddress destination) {
        TransactionKey key = TransactionKey.of(request);
        Pending entry = new Pending(request, link, destination);
        pending.put(key, entry);
        entry.future.whenComplete((response, failure) -> {
            pending.remove(key, entry);
            entry.cancelTimers();
        });
        try {
            link.send(request, destination);
        } catch (IOException e) {
            entry.future.completeExceptionally(new IOException("sending " + request.startLine() + " to "
                    + destination + " over " + link.transport() + " failed: " + e.getMessage(), e));
            return entry.future;
        }
        entry.timeoutTask = scheduler.schedule(() -> entry.future.completeExceptionally(new TimeoutException(
                "no final response to " + request.method() + " (Call-ID " + key.callId() + ", CSeq " + key.cseq()
                        + ") from " + destination + " within " + timeout.toMillis() + " ms")),
                timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!link.reliable()) {
            scheduleRetransmit(entry, t1.toMillis());
        }
        if (entry.future.isDone()) {
            entry.cancelTimers(); // answered before the timers existed
        }
        return entry.future;
    }

    /** Completes the matching transaction with a final response; returns false when none matches. */
    public boolean complete(SipMessage response) {
        if (response.statusCode() < 200) {
            return pending.containsKey(TransactionKey.of(response));
        }
        Pending entry = pending.get(TransactionKey.of(response));
        return entry != null && entry.future.complete(response);
    }

    /** Transactions waiting for a final response. */
    public int inFlight() {
        return pending.size();
    }

    /** Fails every open transaction, for shutdown. */
    public void cancelAll(String reason) {
        for (Pending entry : pending.values()) {
            entry.future.completeExceptionally(new IOException(reason));
        }
    }

    private void scheduleRetransmit(Pending entry, long delayMillis) {
        entry.retransmitTask = scheduler.schedule(() -> {
            if (entry.future.isDone()) {
                return;
            }
            try {
                entry.link.send(entry.request, entry.destination);
            } catch (IOException e) {
                entry.future.completeExceptionally(e);
                return;
            }
            scheduleRetransmit(entry, Math.min(delayMillis * 2, t2.toMillis()));
        }, delayMillis, TimeUnit.MILLISECONDS);
        if (entry.future.isDone()) {
            entry.cancelTimers();
        }
    }

    private static final class Pending {
        final SipMessage request;
        final SipLink link;
        final InetSocketAddress destination;
        final CompletableFuture<SipMessage> future = new CompletableFuture<>();
        volatile ScheduledFuture<?> retransmitTask;
        volatile ScheduledFuture<?> timeoutTask;

        Pending(SipMessage request, SipLink link, InetSocketAddress destination) {
            this.request = request;
            this.link = link;
            this.destination = destination;
        }

        void cancelTimers() {
            ScheduledFuture<?> retransmit = retransmitTask;
            if (retransmit != null) {
                retransmit.cancel(false);
            }
            ScheduledFuture<?> expiry = timeoutTask;
            if (expiry != null) {
                expiry.cancel(false);
            }
        }
    }
}
