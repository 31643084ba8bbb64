package org.xueliang.sip.transport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.xueliang.sip.device.DeviceAddress;
import org.xueliang.sip.gateway.SipCall;
import org.xueliang.sip.gateway.SipResponse;

/**
 * An INVITE dialog the device accepted. ACK and BYE are built from the INVITE and its 200 rather
 * than through a JAIN-SIP Dialog, so that they go to the device's packet source, not its Contact.
 */
final class JainSipCall implements SipCall {
    private final JainSipTransport transport;
    private final Request invite;
    private final Response ok;
    private final DeviceAddress address;
    private final SipResponse answer;
    private final AtomicLong cseq;

    JainSipCall(JainSipTransport transport, Request invite, Response ok, DeviceAddress address) {
        this.transport = transport;
        this.invite = invite;
        this.ok = ok;
        this.address = address;
        this.answer = JainSipTransport.toSipResponse(ok);
        this.cseq = new AtomicLong(((CSeqHeader) invite.getHeader(CSeqHeader.NAME)).getSeqNumber());
    }

    @Override
    public String callId() {
        return ((CallIdHeader) invite.getHeader(CallIdHeader.NAME)).getCallId();
    }

    @Override
    public SipResponse answer() {
        return answer;
    }

    @Override
    public void ack() {
        transport.sendStateless(requests -> requests.ack(invite, ok, address), "ACK to " + address);
    }

    @Override
    public CompletableFuture<SipResponse> bye() {
        long number = cseq.incrementAndGet();
        return transport.sendStateful(requests -> requests.bye(invite, ok, address, number), "BYE to " + address);
    }
}
