package org.xueliang.simulator.device;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.xueliang.simulator.media.MediaEndpoint;
import org.xueliang.simulator.media.MediaStream;
import org.xueliang.simulator.media.SdpAnswer;
import org.xueliang.simulator.media.SdpException;
import org.xueliang.simulator.media.SdpOffer;
import org.xueliang.simulator.media.SdpParser;
import org.xueliang.simulator.media.StreamSnapshot;
import org.xueliang.simulator.sip.SipAddress;
import org.xueliang.simulator.sip.SipLink;
import org.xueliang.simulator.sip.SipMessage;

/**
 * Live-view calls of one device: INVITE is answered at once with 200 and the device's SDP
 * (retransmitted over UDP until the ACK), ACK starts the stream, BYE from the platform stops it.
 * When a stream fails on its own the device sends BYE, as cameras do.
 */
final class DeviceCalls {

    private static final System.Logger LOG = System.getLogger(DeviceCalls.class.getName());
    private static final long T1_MILLIS = 500;
    private static final long T2_MILLIS = 4000;
    private static final long ACK_WAIT_MILLIS = 32_000;

    private final DeviceSettings settings;
    private final DeviceRuntime runtime;
    private final Map<String, Call> calls = new ConcurrentHashMap<>();

    private static final class Call {
        final SipMessage invite;
        final SipMessage ok;
        final String channelId;
        final String localTag;
        final MediaEndpoint endpoint;
        final SipLink link;
        final InetSocketAddress source;
        volatile MediaStream stream;
        volatile ScheduledFuture<?> retransmit;

        Call(SipMessage invite, SipMessage ok, String channelId, String localTag, MediaEndpoint endpoint,
             SipLink link, InetSocketAddress source) {
            this.invite = invite;
            this.ok = ok;
            this.channelId = channelId;
            this.localTag = localTag;
            this.endpoint = endpoint;
            this.link = link;
            this.source = source;
        }
    }

    DeviceCalls(DeviceSettings settings, DeviceRuntime runtime) {
        this.settings = settings;
        this.runtime = runtime;
    }

    /** The response to an INVITE: 200 with SDP, or 4xx/5xx naming the problem. */
    SipMessage invite(SipMessage request, SipLink link, InetSocketAddress source) {
        Call existing = calls.get(request.callId());
        if (existing != null) {
            return existing.ok; // re-INVITE or retransmission: same answer
        }
        String channelId = SipAddress.parse("<" + request.requestUri() + ">").user();
        SdpOffer offer;
        try {
            offer = SdpParser.parse(new String(request.body(), StandardCharsets.US_ASCII));
        } catch (SdpException | NumberFormatException e) {
            LOG.log(Level.WARNING, "INVITE for " + channelId + " refused: " + e.getMessage());
            return request.responseTo(488, "Not Acceptable Here", Ids.tag()).build();
        }
        MediaEndpoint endpoint;
        try {
            endpoint = MediaEndpoint.bind(offer);
        } catch (IOException e) {
            return request.responseTo(500, "Server Internal Error", Ids.tag()).build();
        }
        String tag = Ids.tag();
        String sdp = SdpAnswer.build(offer, channelId, settings.localIp().getHostAddress(), endpoint.localPort());
        SipMessage ok = request.responseTo(200, "OK", tag)
                .header("Contact", RequestFactory.contact(link, channelId))
                .header("User-Agent", DeviceSettings.USER_AGENT)
                .body("application/sdp", sdp.getBytes(StandardCharsets.US_ASCII))
                .build();
        Call call = new Call(request, ok, channelId, tag, endpoint, link, source);
        calls.put(request.callId(), call);
        if (!link.reliable()) {
            scheduleOkRetransmit(call, T1_MILLIS, 0);
        }
        return ok;
    }

    /** ACK: the platform took our answer, start sending. */
    void ack(SipMessage request) {
        Call call = calls.get(request.callId());
        if (call == null || call.stream != null) {
            return;
        }
        cancelRetransmit(call);
        MediaStream stream = new MediaStream(request.callId(), call.channelId, call.endpoint, settings.video(),
                reason -> streamFailed(call), runtime.clock());
        call.stream = stream;
        stream.start(runtime.mediaExecutor());
    }

    /** BYE from the platform: 200 and stop, or 481 when the call is unknown. */
    SipMessage bye(SipMessage request) {
        Call call = calls.remove(request.callId());
        if (call == null) {
            return request.responseTo(481, "Call/Transaction Does Not Exist", null).build();
        }
        end(call);
        return request.responseTo(200, "OK", null).build();
    }

    List<StreamSnapshot> streams() {
        return calls.values().stream().filter(c -> c.stream != null).map(c -> c.stream.snapshot()).toList();
    }

    /** Ends every call; with {@code sendBye} the platform is told, otherwise the device just goes quiet. */
    void endAll(boolean sendBye) {
        for (Call call : List.copyOf(calls.values())) {
            calls.remove(call.invite.callId());
            end(call);
            if (sendBye) {
                sendBye(call);
            }
        }
    }

    private void streamFailed(Call call) {
        if (calls.remove(call.invite.callId(), call)) {
            end(call);
            sendBye(call);
        }
    }

    private void end(Call call) {
        cancelRetransmit(call);
        MediaStream stream = call.stream;
        if (stream != null) {
            stream.stop();
        } else {
            call.endpoint.close();
        }
    }

    private void sendBye(Call call) {
        String target = call.invite.header("Contact").map(c -> SipAddress.parse(c).uri())
                .orElse(SipAddress.parse(call.invite.requiredHeader("From")).uri());
        String from = call.invite.requiredHeader("To") + ";tag=" + call.localTag;
        SipMessage bye = RequestFactory.bye(call.link, target, from, call.invite.requiredHeader("From"),
                call.invite.callId(), call.invite.cseq().number() + 1);
        runtime.transactions().send(bye, call.link, call.source).whenComplete((response, failure) -> {
            if (failure != null) {
                LOG.log(Level.DEBUG, "BYE for channel " + call.channelId + " unanswered: " + failure.getMessage());
            }
        });
    }

    private void scheduleOkRetransmit(Call call, long delay, long waited) {
        if (waited >= ACK_WAIT_MILLIS) {
            if (calls.remove(call.invite.callId(), call)) {
                LOG.log(Level.WARNING, "no ACK for the 200 to INVITE of channel " + call.channelId + "; call dropped");
                end(call);
            }
            return;
        }
        call.retransmit = runtime.scheduler().schedule(() -> {
            if (call.stream != null || calls.get(call.invite.callId()) != call) {
                return; // acknowledged or ended meanwhile
            }
            try {
                call.link.send(call.ok, call.source);
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "resending 200 to INVITE failed: " + e.getMessage());
            }
            scheduleOkRetransmit(call, Math.min(delay * 2, T2_MILLIS), waited + delay);
        }, delay, TimeUnit.MILLISECONDS);
    }

    private static void cancelRetransmit(Call call) {
        ScheduledFuture<?> retransmit = call.retransmit;
        if (retransmit != null) {
            retransmit.cancel(false);
        }
    }
}
