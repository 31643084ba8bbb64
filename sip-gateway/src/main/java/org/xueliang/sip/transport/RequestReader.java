package org.xueliang.sip.transport;

import gov.nist.javax.sip.message.SIPMessage;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Map;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import org.xueliang.sip.device.DeviceAddress;
import org.xueliang.sip.device.TransportProtocol;
import org.xueliang.sip.gateway.SipRequest;

/** Reads a JAIN-SIP request into the gateway's {@link SipRequest}; throws {@link UnreadableRequestException}. */
final class RequestReader {

    private RequestReader() {
    }

    static SipRequest read(Request request) {
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        CSeqHeader cseq = (CSeqHeader) request.getHeader(CSeqHeader.NAME);
        if (from == null || to == null || callId == null || cseq == null) {
            throw new UnreadableRequestException("missing From, To, Call-ID or CSeq");
        }
        String fromUser = user(from.getAddress().getURI(), "From");
        return new SipRequest(request.getMethod(), userOrNull(request.getRequestURI()), fromUser,
                userOrNull(to.getAddress().getURI()), callId.getCallId(), cseq.getSeqNumber(), headers(request),
                request.getRawContent(), source(request));
    }

    /** The first value of every header by lower-case name, plus {@code expires} from the Contact when the header is absent. */
    private static Map<String, String> headers(Request request) {
        Map<String, String> headers = SipFactories.headerValues(request);
        if (request.getHeader(ExpiresHeader.NAME) == null) {
            ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
            if (contact != null && contact.getExpires() >= 0) {
                headers.put("expires", Integer.toString(contact.getExpires()));
            }
        }
        return headers;
    }

    /**
     * Where the packet came from: the socket's peer, which is what Via received/rport record; a
     * device behind NAT names a private address in its Contact and Via sent-by.
     */
    private static DeviceAddress source(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        if (via == null) {
            throw new UnreadableRequestException("no Via header");
        }
        TransportProtocol transport = switch (via.getTransport().toUpperCase(Locale.ROOT)) {
            case "UDP" -> TransportProtocol.UDP;
            case "TCP" -> TransportProtocol.TCP;
            default -> throw new UnreadableRequestException("Via transport must be UDP or TCP, got " + via.getTransport());
        };
        SIPMessage message = (SIPMessage) request;
        InetAddress host = message.getPeerPacketSourceAddress() != null
                ? message.getPeerPacketSourceAddress() : message.getRemoteAddress();
        int port = message.getPeerPacketSourceAddress() != null
                ? message.getPeerPacketSourcePort() : message.getRemotePort();
        if (host == null || port < 1) {
            throw new UnreadableRequestException("the stack did not record the packet's source");
        }
        return new DeviceAddress(host.getHostAddress(), port, transport);
    }

    private static String user(URI uri, String header) {
        String user = userOrNull(uri);
        if (user == null || user.isBlank()) {
            throw new UnreadableRequestException(header + " must be a sip: URI with a user part, got " + uri);
        }
        return user;
    }

    private static String userOrNull(URI uri) {
        return uri instanceof SipURI sip ? sip.getUser() : null;
    }
}
