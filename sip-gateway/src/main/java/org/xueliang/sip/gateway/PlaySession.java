package org.xueliang.sip.gateway;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.sip.invite.SdpAnswer;
import org.xueliang.sip.invite.Ssrc;

/**
 * A live stream a device agreed to send: the INVITE was answered 200 and ACKed. {@link #close()}
 * sends BYE and frees the SSRC; a BYE from the device ends it too ({@link #ended()}).
 */
public final class PlaySession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlaySession.class);

    private final String deviceId;
    private final String channelId;
    private final Ssrc ssrc;
    private final SdpAnswer answer;
    private final SipCall call;
    private final Consumer<PlaySession> onEnd;
    private final AtomicBoolean over = new AtomicBoolean();
    private final CompletableFuture<String> ended = new CompletableFuture<>();

    PlaySession(String deviceId, String channelId, Ssrc ssrc, SdpAnswer answer, SipCall call,
                Consumer<PlaySession> onEnd) {
        this.deviceId = deviceId;
        this.channelId = channelId;
        this.ssrc = ssrc;
        this.answer = answer;
        this.call = call;
        this.onEnd = onEnd;
    }

    public String deviceId() {
        return deviceId;
    }

    public String channelId() {
        return channelId;
    }

    /** The SSRC offered; RTP packets of this stream must carry it. */
    public Ssrc ssrc() {
        return ssrc;
    }

    /** The device's SDP answer: where it sends from (or listens, for TCP active), its payload types. */
    public SdpAnswer answer() {
        return answer;
    }

    /** Call-ID of the INVITE dialog. */
    public String callId() {
        return call.callId();
    }

    /** Completes with the reason once the session is over, by {@link #close()} or a BYE from the device. */
    public CompletableFuture<String> ended() {
        return ended;
    }

    /** Sends BYE (without waiting for its answer) and frees the SSRC; closing twice does nothing. */
    @Override
    public void close() {
        if (!over.compareAndSet(false, true)) {
            return;
        }
        call.bye().whenComplete((response, error) -> {
            if (error != null) {
                LOG.debug("BYE to {} for channel {} got no answer: {}", deviceId, channelId, error.getMessage());
            }
        });
        finish("closed");
    }

    /** The device sent BYE: the stream is over, nothing more to send. */
    void endedByDevice() {
        if (over.compareAndSet(false, true)) {
            LOG.info("device {} ended the stream of channel {} (BYE)", deviceId, channelId);
            finish("BYE from the device");
        }
    }

    private void finish(String reason) {
        onEnd.accept(this);
        ended.complete(reason);
    }

    @Override
    public String toString() {
        return "PlaySession[" + deviceId + "/" + channelId + ", ssrc " + ssrc + "]";
    }
}
