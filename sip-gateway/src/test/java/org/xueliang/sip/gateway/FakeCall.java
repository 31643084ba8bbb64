package org.xueliang.sip.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A call the test accepted with a given SDP answer, counting ACKs and BYEs. */
final class FakeCall implements SipCall {
    final AtomicInteger acks = new AtomicInteger();
    final AtomicInteger byes = new AtomicInteger();
    private final String callId;
    private final SipResponse answer;

    FakeCall(String callId, String sdp) {
        this.callId = callId;
        this.answer = new SipResponse(200, "OK", Map.of("content-type", "application/sdp"),
                sdp.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String callId() {
        return callId;
    }

    @Override
    public SipResponse answer() {
        return answer;
    }

    @Override
    public void ack() {
        acks.incrementAndGet();
    }

    @Override
    public CompletableFuture<SipResponse> bye() {
        byes.incrementAndGet();
        return CompletableFuture.completedFuture(FakeSipClient.ok());
    }
}
