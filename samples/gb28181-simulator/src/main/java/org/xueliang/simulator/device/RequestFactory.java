package org.xueliang.simulator.device;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.xueliang.simulator.manscdp.ManscdpWriter;
import org.xueliang.simulator.sip.SipLink;
import org.xueliang.simulator.sip.SipMessage;

/** Builds the requests one device sends, with Via and Contact naming the link's local address. */
final class RequestFactory {

    private final String deviceId;
    private final DeviceSettings settings;

    RequestFactory(String deviceId, DeviceSettings settings) {
        this.deviceId = deviceId;
        this.settings = settings;
    }

    String deviceUri() {
        return "sip:" + deviceId + "@" + settings.domain();
    }

    /** REGISTER; {@code authorization} may be null for the first, unauthenticated attempt. */
    SipMessage register(SipLink link, String callId, String fromTag, long cseq, Duration expires, String authorization) {
        SipMessage.Builder request = start("REGISTER", settings.serverUri(), link)
                .header("From", "<" + deviceUri() + ">;tag=" + fromTag)
                .header("To", "<" + deviceUri() + ">")
                .header("Call-ID", callId)
                .header("CSeq", cseq + " REGISTER")
                .header("Contact", contact(link, deviceId))
                .header("Max-Forwards", "70")
                .header("User-Agent", DeviceSettings.USER_AGENT)
                .header("Expires", String.valueOf(expires.toSeconds()));
        settings.gbVersionHeader().ifPresent(version -> request.header("X-GB-Ver", version));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    /** A MESSAGE with a MANSCDP body, each in its own dialog-less transaction (new Call-ID). */
    SipMessage message(SipLink link, byte[] body) {
        SipMessage.Builder request = start("MESSAGE", settings.serverUri(), link)
                .header("From", "<" + deviceUri() + ">;tag=" + Ids.tag())
                .header("To", "<" + settings.serverUri() + ">")
                .header("Call-ID", Ids.callId(link.localAddress().getAddress().getHostAddress()))
                .header("CSeq", "1 MESSAGE")
                .header("Max-Forwards", "70")
                .header("User-Agent", DeviceSettings.USER_AGENT);
        settings.gbVersionHeader().ifPresent(version -> request.header("X-GB-Ver", version));
        return request.body(ManscdpWriter.CONTENT_TYPE, body).build();
    }

    /** A BYE inside a call the platform set up: our To becomes From, their From becomes To. */
    static SipMessage bye(SipLink link, String target, String from, String to, String callId, long cseq) {
        return start("BYE", target, link)
                .header("From", from)
                .header("To", to)
                .header("Call-ID", callId)
                .header("CSeq", cseq + " BYE")
                .header("Max-Forwards", "70")
                .header("User-Agent", DeviceSettings.USER_AGENT)
                .build();
    }

    static String contact(SipLink link, String user) {
        InetSocketAddress local = link.localAddress();
        return "<sip:" + user + "@" + local.getAddress().getHostAddress() + ":" + local.getPort() + ">";
    }

    private static SipMessage.Builder start(String method, String uri, SipLink link) {
        InetSocketAddress local = link.localAddress();
        return SipMessage.request(method, uri).header("Via", "SIP/2.0/" + link.transport() + " "
                + local.getAddress().getHostAddress() + ":" + local.getPort() + ";rport;branch=" + Ids.branch());
    }
}
