package org.xueliang.sip.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueliang.sip.invite.MediaTransport;

/** Live view: INVITE with SDP and Subject, ACK, BYE, through the core with a fake client. */
class GbGatewayCorePlayTest {
    private static final String NVR = "34020000001180000001";
    private static final String CHANNEL = "34020000001310000001";
    private static final String ANSWER = "v=0\r\no=" + CHANNEL + " 0 0 IN IP4 192.168.1.64\r\ns=Play\r\n"
            + "c=IN IP4 192.168.1.64\r\nt=0 0\r\nm=video 15060 RTP/AVP 96\r\na=sendonly\r\na=rtpmap:96 PS/90000\r\n"
            + "y=0200000001\r\n";
    private final CoreFixture fixture = new CoreFixture();
    private final GbGatewayCore core = fixture.core;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anInviteCarriesTheOfferAndSubjectThenIsAckedAndHungUpOnClose() throws Exception {
        fixture.register(NVR);

        CompletableFuture<PlaySession> play = core.play(NVR, CHANNEL, "10.0.0.2", 30000, MediaTransport.UDP);
        FakeSipClient.SentInvite invite = fixture.client.nextInvite();

        assertThat(invite.invite().channelId()).isEqualTo(CHANNEL);
        assertThat(invite.invite().address()).isEqualTo(Requests.UDP_SOURCE);
        assertThat(invite.invite().subject()).isEqualTo(CHANNEL + ":0200000001," + Requests.PLATFORM + ":0");
        assertThat(invite.invite().sdp()).isEqualTo("v=0\r\n"
                + "o=" + CHANNEL + " 0 0 IN IP4 10.0.0.2\r\n"
                + "s=Play\r\n"
                + "c=IN IP4 10.0.0.2\r\n"
                + "t=0 0\r\n"
                + "m=video 30000 RTP/AVP 96 98 97\r\n"
                + "a=recvonly\r\n"
                + "a=rtpmap:96 PS/90000\r\n"
                + "a=rtpmap:98 H264/90000\r\n"
                + "a=rtpmap:97 MPEG4/90000\r\n"
                + "y=0200000001\r\n");

        FakeCall call = new FakeCall("call-1", ANSWER);
        invite.call().complete(call);
        PlaySession session = play.get(1, TimeUnit.SECONDS);

        assertThat(call.acks).hasValue(1);
        assertThat(session.ssrc().value()).isEqualTo("0200000001");
        assertThat(session.answer().connectionAddress()).isEqualTo("192.168.1.64");
        assertThat(session.answer().port()).isEqualTo(15060);
        assertThat(core.sessions()).containsExactly(session);

        session.close();
        session.close();

        assertThat(call.byes).hasValue(1);
        assertThat(session.ended()).isCompletedWithValue("closed");
        assertThat(core.sessions()).isEmpty();
    }

    @Test
    void tcpPassiveOffersTcpAndTheNextStreamGetsTheNextSsrc() throws Exception {
        fixture.register(NVR);
        CompletableFuture<PlaySession> first = core.play(NVR, CHANNEL, "10.0.0.2", 30000, MediaTransport.UDP);
        fixture.client.nextInvite().call().complete(new FakeCall("call-1", ANSWER));
        first.get(1, TimeUnit.SECONDS);

        core.play(NVR, CHANNEL, "10.0.0.2", 30002, MediaTransport.TCP_PASSIVE);
        OutgoingInvite second = fixture.client.nextInvite().invite();

        assertThat(second.sdp()).contains("m=video 30002 TCP/RTP/AVP 96 98 97\r\n", "a=setup:passive\r\n",
                "a=connection:new\r\n", "y=0200000002\r\n");
        assertThat(second.subject()).isEqualTo(CHANNEL + ":0200000002," + Requests.PLATFORM + ":0");
    }

    @Test
    void aByeFromTheDeviceEndsTheSession() throws Exception {
        fixture.register(NVR);
        CompletableFuture<PlaySession> play = core.play(NVR, CHANNEL, "10.0.0.2", 30000, MediaTransport.UDP);
        fixture.client.nextInvite().call().complete(new FakeCall("call-7", ANSWER));
        PlaySession session = play.get(1, TimeUnit.SECONDS);

        SipReply reply = core.handle(new SipRequest("BYE", Requests.PLATFORM, CHANNEL, Requests.PLATFORM, "call-7", 2,
                Map.of(), null, Requests.UDP_SOURCE));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(session.ended()).isCompletedWithValue("BYE from the device");
        assertThat(core.sessions()).isEmpty();
        assertThat(core.handle(new SipRequest("BYE", Requests.PLATFORM, CHANNEL, Requests.PLATFORM, "call-7", 3,
                Map.of(), null, Requests.UDP_SOURCE)).status()).isEqualTo(481);
    }

    @Test
    void aRefusedInviteFailsAndFreesItsSsrc() throws Exception {
        fixture.register(NVR);
        CompletableFuture<PlaySession> play = core.play(NVR, CHANNEL, "10.0.0.2", 30000, MediaTransport.UDP);

        fixture.client.nextInvite().call().completeExceptionally(
                new SipStatusException("INVITE of channel " + CHANNEL, 486, "Busy Here"));

        assertThat(catchThrowable(() -> play.get(1, TimeUnit.SECONDS))).cause()
                .isInstanceOf(DeviceRefusedException.class).hasMessageContaining("486 Busy Here");
        core.play(NVR, CHANNEL, "10.0.0.2", 30000, MediaTransport.UDP);
        assertThat(fixture.client.nextInvite().invite().sdp()).contains("y=0200000002");
    }

    @Test
    void anUnusableSdpAnswerIsAckedHungUpAndRefused() throws Exception {
        fixture.register(NVR);
        CompletableFuture<PlaySession> play = core.play(NVR, CHANNEL, "10.0.0.2", 30000, MediaTransport.UDP);
        FakeCall call = new FakeCall("call-2", "v=0\r\ns=Play\r\nm=audio 8000 RTP/AVP 8\r\n");

        fixture.client.nextInvite().call().complete(call);

        assertThat(catchThrowable(() -> play.get(1, TimeUnit.SECONDS))).cause()
                .isInstanceOf(DeviceRefusedException.class).hasMessageContaining("no m=video line");
        assertThat(call.acks).hasValue(1);
        assertThat(call.byes).hasValue(1);
    }

    @Test
    void anInviteNeverAnsweredTimesOutAndALate200IsHungUp() throws Exception {
        fixture.register(NVR);
        CompletableFuture<PlaySession> play = core.play(NVR, CHANNEL, "10.0.0.2", 30000, MediaTransport.UDP);
        FakeSipClient.SentInvite invite = fixture.client.nextInvite();

        assertThat(catchThrowable(() -> play.get(5, TimeUnit.SECONDS))).cause()
                .isInstanceOf(DeviceTimeoutException.class)
                .hasMessage("device " + NVR + " did not answer the INVITE of channel " + CHANNEL + " within 300 ms");

        FakeCall late = new FakeCall("call-3", ANSWER);
        invite.call().complete(late);
        assertThat(late.acks).hasValue(1);
        assertThat(late.byes).hasValue(1);
        assertThat(core.sessions()).isEmpty();
    }
}
