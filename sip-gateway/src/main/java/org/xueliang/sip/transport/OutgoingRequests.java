package org.xueliang.sip.transport;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.xueliang.sip.device.DeviceAddress;
import org.xueliang.sip.device.TransportProtocol;
import org.xueliang.sip.gateway.OutgoingInvite;
import org.xueliang.sip.gateway.OutgoingMessage;

/**
 * Builds the platform's requests. Every request goes to the address the device's packets come
 * from, not to its Contact: behind NAT only that one is reachable, and for a TCP device it names
 * the connection the stack keeps open, so the request travels over it.
 */
final class OutgoingRequests {
    private static final int MAX_FORWARDS = 70;
    private static final String BRANCH_MAGIC = "z9hG4bK";

    private final SipFactories factories;
    private final JainSipSettings settings;
    private final int port;
    private final SecureRandom random = new SecureRandom();

    OutgoingRequests(SipFactories factories, JainSipSettings settings, int port) {
        this.factories = factories;
        this.settings = settings;
        this.port = port;
    }

    Request message(OutgoingMessage message, CallIdHeader callId) throws ParseException, InvalidArgumentException {
        Request request = request(Request.MESSAGE, message.targetId(), message.address(), callId);
        request.setContent(message.body(), factories.contentType(message.contentType()));
        return request;
    }

    Request invite(OutgoingInvite invite, CallIdHeader callId) throws ParseException, InvalidArgumentException {
        Request request = request(Request.INVITE, invite.channelId(), invite.address(), callId);
        request.addHeader(factories.headers.createContactHeader(contact()));
        request.addHeader(factories.header("Subject", invite.subject()));
        request.setContent(invite.sdp().getBytes(StandardCharsets.UTF_8),
                factories.headers.createContentTypeHeader("application", "sdp"));
        return request;
    }

    /** The ACK of a 2xx to {@code invite}: a request of its own (RFC 3261 13.2.2.4), with a new branch. */
    Request ack(Request invite, Response ok, DeviceAddress address) throws ParseException, InvalidArgumentException {
        long cseq = ((CSeqHeader) invite.getHeader(CSeqHeader.NAME)).getSeqNumber();
        Request ack = inDialog(Request.ACK, invite, ok, address, cseq);
        ((ViaHeader) ack.getHeader(ViaHeader.NAME)).setBranch(newBranch());
        return ack;
    }

    /** A BYE in the dialog {@code invite} and {@code ok} established. */
    Request bye(Request invite, Response ok, DeviceAddress address, long cseq)
            throws ParseException, InvalidArgumentException {
        return inDialog(Request.BYE, invite, ok, address, cseq);
    }

    private Request inDialog(String method, Request invite, Response ok, DeviceAddress address, long cseq)
            throws ParseException, InvalidArgumentException {
        String user = ((SipURI) invite.getRequestURI()).getUser();
        return factories.messages.createRequest(target(user, address), method,
                (CallIdHeader) invite.getHeader(CallIdHeader.NAME),
                factories.headers.createCSeqHeader(cseq, method),
                (FromHeader) invite.getHeader(FromHeader.NAME), (ToHeader) ok.getHeader(ToHeader.NAME),
                List.of(via(address.transport())), factories.headers.createMaxForwardsHeader(MAX_FORWARDS));
    }

    private Request request(String method, String targetId, DeviceAddress address, CallIdHeader callId)
            throws ParseException, InvalidArgumentException {
        Address from = factories.addresses.createAddress(factories.addresses.createSipURI(settings.platformId(),
                settings.domain()));
        Address to = factories.addresses.createAddress(factories.addresses.createSipURI(targetId, settings.domain()));
        return factories.messages.createRequest(target(targetId, address), method, callId,
                factories.headers.createCSeqHeader(1L, method),
                factories.headers.createFromHeader(from, newTag()), factories.headers.createToHeader(to, null),
                List.of(via(address.transport())), factories.headers.createMaxForwardsHeader(MAX_FORWARDS));
    }

    /** {@code sip:<id>@<host>:<port>}, with {@code ;transport=tcp} so that the stack routes over TCP. */
    private SipURI target(String user, DeviceAddress address) throws ParseException {
        SipURI uri = factories.addresses.createSipURI(user, address.host());
        uri.setPort(address.port());
        if (address.transport() == TransportProtocol.TCP) {
            uri.setTransportParam("tcp");
        }
        return uri;
    }

    private ViaHeader via(TransportProtocol transport) throws ParseException, InvalidArgumentException {
        ViaHeader via = factories.headers.createViaHeader(settings.ip(), port,
                transport.name().toLowerCase(Locale.ROOT), null);
        via.setRPort();
        return via;
    }

    private Address contact() throws ParseException {
        SipURI uri = factories.addresses.createSipURI(settings.platformId(), settings.ip());
        uri.setPort(port);
        return factories.addresses.createAddress(uri);
    }

    private String newTag() {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String newBranch() {
        return BRANCH_MAGIC + newTag();
    }
}
