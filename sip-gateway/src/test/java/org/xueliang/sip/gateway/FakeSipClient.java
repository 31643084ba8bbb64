package org.xueliang.sip.gateway;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link SipClient} that keeps what the core sends; the test answers each request by hand. */
final class FakeSipClient implements SipClient {
    record SentMessage(OutgoingMessage message, CompletableFuture<SipResponse> response) {
        String body() {
            return new String(message.body(), java.nio.charset.Charset.forName("GB2312"));
        }
    }

    record SentInvite(OutgoingInvite invite, CompletableFuture<SipCall> call) {
    }

    private final BlockingQueue<SentMessage> messages = new LinkedBlockingQueue<>();
    private final BlockingQueue<SentInvite> invites = new LinkedBlockingQueue<>();

    @Override
    public CompletableFuture<SipResponse> message(OutgoingMessage message) {
        SentMessage sent = new SentMessage(message, new CompletableFuture<>());
        messages.add(sent);
        return sent.response();
    }

    @Override
    public CompletableFuture<SipCall> invite(OutgoingInvite invite) {
        SentInvite sent = new SentInvite(invite, new CompletableFuture<>());
        invites.add(sent);
        return sent.call();
    }

    SentMessage nextMessage() throws InterruptedException {
        SentMessage sent = messages.poll(5, TimeUnit.SECONDS);
        if (sent == null) {
            throw new AssertionError("the core sent no MESSAGE");
        }
        return sent;
    }

    SentInvite nextInvite() throws InterruptedException {
        SentInvite sent = invites.poll(5, TimeUnit.SECONDS);
        if (sent == null) {
            throw new AssertionError("the core sent no INVITE");
        }
        return sent;
    }

    boolean nothingSent() {
        return messages.isEmpty() && invites.isEmpty();
    }

    static SipResponse ok() {
        return new SipResponse(200, "OK", java.util.Map.of(), null);
    }
}
