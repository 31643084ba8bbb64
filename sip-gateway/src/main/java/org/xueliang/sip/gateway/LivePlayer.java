package org.xueliang.sip.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.sip.device.DeviceState;
import org.xueliang.sip.invite.InviteSubject;
import org.xueliang.sip.invite.MediaTransport;
import org.xueliang.sip.invite.SdpAnswer;
import org.xueliang.sip.invite.SdpOffer;
import org.xueliang.sip.invite.SdpParseException;
import org.xueliang.sip.invite.SdpParser;
import org.xueliang.sip.invite.Ssrc;
import org.xueliang.sip.invite.SsrcAllocator;

/**
 * Live view: INVITE with an SDP offer and a Subject, ACK on 200, and a {@link PlaySession} whose
 * close sends BYE. The SSRC is freed whatever the outcome; a 200 that comes after the timeout is
 * ACKed and hung up at once, so that no device streams to nobody.
 */
final class LivePlayer {
    private static final Logger LOG = LoggerFactory.getLogger(LivePlayer.class);

    private final String platformId;
    private final DeviceRequests requests;
    private final SipClient client;
    private final Deadlines deadlines;
    private final SsrcAllocator ssrcs;
    private final ConcurrentMap<String, PlaySession> sessions = new ConcurrentHashMap<>();

    LivePlayer(String platformId, DeviceRequests requests, SipClient client, Deadlines deadlines, SsrcAllocator ssrcs) {
        this.platformId = platformId;
        this.requests = requests;
        this.client = client;
        this.deadlines = deadlines;
        this.ssrcs = ssrcs;
    }

    CompletableFuture<PlaySession> play(String deviceId, String channelId, String mediaIp, int mediaPort,
                                        MediaTransport transport) {
        DeviceState device;
        Ssrc ssrc;
        SdpOffer offer;
        try {
            device = requests.target(deviceId);
            ssrc = ssrcs.allocateLive();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        try {
            offer = SdpOffer.play(channelId, mediaIp, mediaPort, transport, ssrc);
        } catch (IllegalArgumentException e) {
            ssrcs.release(ssrc);
            return CompletableFuture.failedFuture(e);
        }
        String subject = new InviteSubject(channelId, ssrc, platformId).headerValue();
        CompletableFuture<SipCall> invited = client.invite(new OutgoingInvite(channelId, device.address(), subject,
                offer.toSdp()));
        CompletableFuture<SipCall> bounded = deadlines.within(invited, deviceId, "INVITE of channel " + channelId);
        invited.thenAccept(call -> {
            if (bounded.isCompletedExceptionally()) {
                LOG.info("late 200 to the INVITE of {}/{}: ACK and BYE", deviceId, channelId);
                call.ack();
                call.bye();
            }
        });
        return bounded.thenApply(call -> established(deviceId, channelId, ssrc, call))
                .whenComplete((session, error) -> {
                    if (error != null) {
                        ssrcs.release(ssrc);
                    }
                });
    }

    private PlaySession established(String deviceId, String channelId, Ssrc ssrc, SipCall call) {
        call.ack();
        SdpAnswer answer;
        try {
            answer = SdpParser.parse(new String(call.answer().body(), StandardCharsets.UTF_8));
        } catch (SdpParseException e) {
            call.bye();
            throw new DeviceRefusedException(deviceId, "device " + deviceId + " answered the INVITE of channel "
                    + channelId + " with an unusable SDP: " + e.getMessage(), e);
        }
        PlaySession session = new PlaySession(deviceId, channelId, ssrc, answer, call, this::forget);
        sessions.put(call.callId(), session);
        LOG.info("channel {}/{} streaming, ssrc {}, from {}:{}", deviceId, channelId, ssrc,
                answer.connectionAddress(), answer.port());
        return session;
    }

    private void forget(PlaySession session) {
        sessions.remove(session.callId(), session);
        ssrcs.release(session.ssrc());
    }

    /** A BYE from a device: ends its session, 481 when the call is unknown. */
    SipReply bye(SipRequest request) {
        PlaySession session = sessions.get(request.callId());
        if (session == null) {
            return SipReply.of(481, "Call/Transaction Does Not Exist");
        }
        session.endedByDevice();
        return SipReply.of(200, "OK");
    }

    /** Sessions still open. */
    List<PlaySession> sessions() {
        return List.copyOf(sessions.values());
    }
}
