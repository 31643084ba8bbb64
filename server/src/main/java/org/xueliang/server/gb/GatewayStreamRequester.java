package org.xueliang.server.gb;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.gb.LiveStream;
import org.xueliang.ingest.gb.MediaOffer;
import org.xueliang.ingest.gb.StreamRequester;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.sip.gateway.GbGatewayCore;
import org.xueliang.sip.gateway.PlaySession;

/**
 * Lets GB28181 video sources ask for live video through the gateway: INVITE, wait for the 200 and
 * the ACK on the source's own thread, and hand back the session. The SSRC is the gateway's.
 */
final class GatewayStreamRequester implements StreamRequester {
    /** Beyond the gateway's own INVITE timeout, which always completes the future first. */
    private static final Duration GUARD = Duration.ofSeconds(2);

    private final GbGatewayCore core;
    private final Duration inviteTimeout;

    GatewayStreamRequester(GbGatewayCore core, Duration inviteTimeout) {
        this.core = core;
        this.inviteTimeout = inviteTimeout;
    }

    @Override
    public LiveStream play(String deviceId, String channelId, MediaOffer offer)
            throws SourceException, InterruptedException {
        CompletableFuture<PlaySession> play = core.play(deviceId, channelId, offer.mediaIp(), offer.port(),
                offer.transport() == MediaTransport.TCP_PASSIVE ? org.xueliang.sip.invite.MediaTransport.TCP_PASSIVE
                        : org.xueliang.sip.invite.MediaTransport.UDP);
        try {
            return new SessionStream(play.get(inviteTimeout.plus(GUARD).toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            // the channel is stopping: hang up whatever the device answers
            play.thenAccept(PlaySession::close);
            throw e;
        } catch (ExecutionException e) {
            throw SourceException.failed(GbGatewayAdapter.unwrap(e.getCause()).getMessage(), e.getCause());
        } catch (TimeoutException e) {
            play.thenAccept(PlaySession::close);
            throw SourceException.failed("device " + deviceId + " did not answer the INVITE of channel " + channelId
                    + " within " + inviteTimeout.plus(GUARD).toMillis() + " ms");
        }
    }

    /** A live stream backed by a gateway session. */
    private record SessionStream(PlaySession session) implements LiveStream {
        @Override
        public String ssrc() {
            // the device's y= when it answered one: that is what its packets carry
            return session.answer().ssrc() != null ? session.answer().ssrc().value() : session.ssrc().value();
        }

        @Override
        public void close() {
            session.close();
        }
    }
}
