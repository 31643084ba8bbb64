package org.xueliang.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.simulator.ItSupport.await;

import java.io.DataInputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.simulator.FakeRegistrar.Sip;
import org.xueliang.simulator.device.AlarmRequest;
import org.xueliang.simulator.device.DeviceSnapshot;
import org.xueliang.simulator.media.VideoCodec;
import org.xueliang.simulator.media.VideoSettings;
import org.xueliang.simulator.sip.Transport;

/** The simulator against a fake platform: registration, keepalive, queries, alarms and live video. */
class SimulatorIT {

    private static final Charset GB2312 = Charset.forName("GB2312");
    private FakeRegistrar registrar;
    private SimulatorFleet fleet;

    @BeforeEach
    void startRegistrar() throws Exception {
        registrar = new FakeRegistrar("12345678");
    }

    @AfterEach
    void stopAll() throws Exception {
        if (fleet != null) {
            fleet.kill();
        }
        registrar.close();
        await(Duration.ofSeconds(5), () -> RtpChecks.ffmpegChildren() == 0, "ffmpeg children to exit");
    }

    private FleetConfig.Builder config() {
        return FleetConfig.builder(registrar.address()).localIp(InetAddress.getLoopbackAddress())
                .video(ItSupport.video()).retry(Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    @Test
    void fiftyUdpDevicesRegisterWithDigestKeepAliveAnswerQueriesAndDeregister() throws Exception {
        fleet = new SimulatorFleet(config().devices(50).channelsPerDevice(2).catalogItemsPerMessage(1)
                .keepaliveInterval(Duration.ofSeconds(1)).gbVersion(2022).udpSockets(2).build());
        fleet.start();

        assertThat(fleet.awaitRegistered(Duration.ofSeconds(20))).isTrue();
        assertThat(registrar.registered).hasSize(50);
        assertThat(registrar.challenges.get()).isGreaterThanOrEqualTo(50);
        assertThat(registrar.forbidden.get()).isZero();
        assertThat(fleet.registrationsPerSecond()).isPositive();
        assertThat(registrar.requests("REGISTER", s -> true)).allMatch(s -> "3.0".equals(s.header("x-gb-ver")));
        assertThat(registrar.registered.values().stream().map(InetSocketAddress::getPort).distinct()).hasSize(2);

        await(Duration.ofSeconds(5), () -> registrar.requests("MESSAGE", s -> s.body().contains("<CmdType>Keepalive"))
                .stream().map(Sip::fromUser).distinct().count() == 50, "a keepalive from each of 50 devices");
        Sip keepalive = registrar.requests("MESSAGE", s -> s.body().contains("Keepalive")).get(0);
        assertThat(keepalive.header("content-type")).isEqualTo("Application/MANSCDP+xml");
        assertThat(keepalive.body()).startsWith("<?xml version=\"1.0\" encoding=\"GB2312\"?>").contains("<Status>OK</Status>");
        await(Duration.ofSeconds(5), () -> fleet.keepalivesAnswered() >= 50, "50 answered keepalives");

        String device = "34020000001320000007";
        sendQuery(device, "Catalog", 77, "");
        await(Duration.ofSeconds(5), () -> catalogResponses(device, 77).size() == 2, "2 catalog packets");
        List<Sip> catalog = catalogResponses(device, 77);
        assertThat(catalog).allMatch(s -> s.body().contains("<SumNum>2</SumNum>") && s.body().contains("<DeviceList Num=\"1\">"));
        assertThat(String.join("", catalog.stream().map(Sip::body).toList()))
                .contains("<DeviceID>34020000001310000013</DeviceID>", "<DeviceID>34020000001310000014</DeviceID>",
                        "<Name>东门口2号</Name>", "<Name>西门口2号</Name>");

        sendQuery(device, "DeviceInfo", 78, "");
        sendQuery(device, "DeviceStatus", 79, "");
        await(Duration.ofSeconds(5), () -> registrar.requests("MESSAGE", s -> s.body().contains("<SN>78</SN>")
                && s.body().contains("<Channel>2</Channel>")).size() == 1, "DeviceInfo response");
        await(Duration.ofSeconds(5), () -> registrar.requests("MESSAGE", s -> s.body().contains("<SN>79</SN>")
                && s.body().contains("<Online>ONLINE</Online>")).size() == 1, "DeviceStatus response");

        fleet.stop();
        assertThat(registrar.deregistrations.get()).isEqualTo(50);
        assertThat(registrar.registered).isEmpty();
        fleet = null;
    }

    @Test
    void registrationIsRefreshedBeforeExpiryWithTheSameCallIdAndNonce() throws Exception {
        registrar.grantedExpires = 2; // refresh due at 80 %: 1.6 s
        fleet = new SimulatorFleet(config().build());
        fleet.start();
        assertThat(fleet.awaitRegistered(Duration.ofSeconds(10))).isTrue();
        await(Duration.ofSeconds(5), () -> registrar.requests("REGISTER", s -> true).size() >= 3, "a refresh");
        List<Sip> registers = registrar.requests("REGISTER", s -> true);
        assertThat(registers).extracting(s -> s.header("call-id")).containsOnly(registers.get(0).header("call-id"));
        assertThat(registers.get(2).header("authorization")).contains("nc=00000002");
        assertThat(registers).extracting(s -> s.header("cseq")).startsWith("1 REGISTER", "2 REGISTER", "3 REGISTER");
        assertThat(registrar.challenges.get()).as("the refresh reused the nonce").isEqualTo(1);
        assertThat(fleet.registeredCount()).isEqualTo(1);
    }

    @Test
    void wrongPasswordIsForbiddenAndReportedWithoutLooping() throws Exception {
        registrar.close();
        registrar = new FakeRegistrar("other-password");
        fleet = new SimulatorFleet(config().retry(Duration.ofSeconds(30), Duration.ofSeconds(60)).build());
        fleet.start();
        await(Duration.ofSeconds(5), () -> registrar.forbidden.get() == 1, "a 403");
        await(Duration.ofSeconds(2), () -> fleet.device("34020000001320000001").orElseThrow().snapshot().lastError() != null,
                "the error to be recorded");
        DeviceSnapshot device = fleet.device("34020000001320000001").orElseThrow().snapshot();
        assertThat(device.registered()).isFalse();
        assertThat(device.lastError()).contains("403 Forbidden");
        assertThat(registrar.challenges.get()).isEqualTo(1);
    }

    @Test
    void alarmAndPtzTravelBothWays() throws Exception {
        fleet = new SimulatorFleet(config().channelsPerDevice(2).build());
        fleet.start();
        assertThat(fleet.awaitRegistered(Duration.ofSeconds(10))).isTrue();

        int status = fleet.raiseAlarm(new AlarmRequest("34020000001310000002", 1, 5, 2, "区域入侵 东门口"))
                .get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(status).isEqualTo(200);
        Sip alarm = registrar.requests("MESSAGE", s -> s.body().contains("<CmdType>Alarm</CmdType>")).get(0);
        assertThat(alarm.body()).contains("<DeviceID>34020000001310000002</DeviceID>", "<AlarmPriority>1</AlarmPriority>",
                "<AlarmMethod>5</AlarmMethod>", "<AlarmDescription>区域入侵 东门口</AlarmDescription>", "<AlarmType>2</AlarmType>");

        byte[] control = ("<?xml version=\"1.0\"?><Control><CmdType>DeviceControl</CmdType><SN>5</SN>"
                + "<DeviceID>34020000001310000001</DeviceID><PTZCmd>A50F0108001F00DC</PTZCmd></Control>").getBytes(GB2312);
        registrar.send(ItSupport.request("MESSAGE", "34020000001310000001", "UDP", registrar.port(), "ptz-1", 1, null,
                "Content-Type: Application/MANSCDP+xml\r\n", control.length), "34020000001320000001", control);
        await(Duration.ofSeconds(5), () -> "A50F0108001F00DC".equals(
                fleet.device("34020000001310000001").orElseThrow().snapshot().lastPtzCmd()), "PTZ command recorded");
        await(Duration.ofSeconds(5), () -> response("ptz-1", "MESSAGE") != null, "200 to the DeviceControl MESSAGE");
        assertThat(response("ptz-1", "MESSAGE").startLine()).isEqualTo("SIP/2.0 200 OK");
    }

    @Test
    void killedFleetSendsNothingMore() throws Exception {
        fleet = new SimulatorFleet(config().devices(3).keepaliveInterval(Duration.ofMillis(300)).build());
        fleet.start();
        assertThat(fleet.awaitRegistered(Duration.ofSeconds(10))).isTrue();
        await(Duration.ofSeconds(3), () -> fleet.keepalivesAnswered() >= 3, "some keepalives");
        fleet.kill();
        Thread.sleep(200); // let a datagram already in flight at kill time arrive
        int seen = registrar.received.size();
        Thread.sleep(1000); // proving silence takes time: three keepalive intervals
        assertThat(registrar.received).hasSize(seen);
        assertThat(registrar.deregistrations.get()).isZero();
        fleet = null;
    }

    @ParameterizedTest
    @EnumSource(VideoCodec.class)
    void udpInviteStreamsPsOverRtpUntilBye(VideoCodec codec) throws Exception {
        fleet = new SimulatorFleet(config().video(new VideoSettings("ffmpeg", Optional.of(ItSupport.footage()), codec, 25, 25))
                .build());
        fleet.start();
        assertThat(fleet.awaitRegistered(Duration.ofSeconds(10))).isTrue();
        try (DatagramSocket media = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            media.setSoTimeout(10_000);
            String callId = "invite-udp-" + UUID.randomUUID();
            String answer = invite("34020000001320000001", callId, "UDP",
                    ItSupport.offer("34020000001310000001", "RTP/AVP", media.getLocalPort(), null, "0200000123"));
            assertThat(answer).contains("a=sendonly", "y=0200000123", "m=video ", "RTP/AVP 96", "a=rtpmap:96 PS/90000");

            List<byte[]> packets = new ArrayList<>();
            byte[] buffer = new byte[2048];
            while (RtpChecks.markers(packets) < 3) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                media.receive(packet);
                packets.add(Arrays.copyOf(packet.getData(), packet.getLength()));
            }
            RtpChecks.assertPsOverRtp(packets, 200_000_123L);
            assertThat(RtpChecks.psmStreamType(packets.get(0))).as("PSM of the first (key) frame").isEqualTo(codec.streamType());
            await(Duration.ofSeconds(2), () -> !fleet.device("34020000001310000001").orElseThrow().snapshot().streams().isEmpty(),
                    "the stream in the status");

            bye("34020000001320000001", callId, "UDP");
            await(Duration.ofSeconds(5), () -> RtpChecks.ffmpegChildren() == 0, "ffmpeg to be killed after BYE");
            RtpChecks.assertSilent(media);
            assertThat(fleet.device("34020000001310000001").orElseThrow().snapshot().streams()).isEmpty();
        }
    }

    @Test
    void tcpActiveOfferMakesTheDeviceListenAndABrokenConnectionEndsInADeviceBye() throws Exception {
        fleet = new SimulatorFleet(config().build());
        fleet.start();
        assertThat(fleet.awaitRegistered(Duration.ofSeconds(10))).isTrue();
        String callId = "invite-active-" + UUID.randomUUID();
        String answer = invite("34020000001320000001", callId, "UDP",
                ItSupport.offer("34020000001310000001", "TCP/RTP/AVP", 9, "active", "0200000789"));
        assertThat(answer).contains("TCP/RTP/AVP 96", "a=setup:passive", "y=0200000789");
        int port = Integer.parseInt(answer.substring(answer.indexOf("m=video ") + 8).split(" ")[0]);
        try (Socket connection = new Socket(InetAddress.getLoopbackAddress(), port)) {
            connection.setSoTimeout(10_000);
            DataInputStream in = new DataInputStream(connection.getInputStream());
            List<byte[]> packets = new ArrayList<>();
            while (RtpChecks.markers(packets) < 2) {
                packets.add(in.readNBytes(in.readUnsignedShort()));
            }
            RtpChecks.assertPsOverRtp(packets, 200_000_789L);
        }
        await(Duration.ofSeconds(10), () -> registrar.requests("BYE", s -> callId.equals(s.header("call-id"))).size() == 1,
                "the device to send BYE once the platform dropped the media connection");
        Sip bye = registrar.requests("BYE", s -> callId.equals(s.header("call-id"))).get(0);
        assertThat(bye.header("from")).contains("34020000001310000001", "tag=");
        assertThat(bye.header("to")).contains(ItSupport.SERVER_ID, "tag=platform1");
        await(Duration.ofSeconds(5), () -> RtpChecks.ffmpegChildren() == 0, "ffmpeg to exit");
    }

    @Test
    void tcpDeviceRegistersAnswersOnItsConnectionAndStreamsOverTcpPassive() throws Exception {
        fleet = new SimulatorFleet(config().devices(2).transport(Transport.TCP).keepaliveInterval(Duration.ofSeconds(1)).build());
        fleet.start();
        assertThat(fleet.awaitRegistered(Duration.ofSeconds(10))).isTrue();
        assertThat(registrar.tcpConnections).hasSize(2);
        String device = "34020000001320000002";
        sendQuery(device, "Catalog", 5, "");
        await(Duration.ofSeconds(5), () -> catalogResponses(device, 5).size() == 1, "catalog over TCP");
        assertThat(catalogResponses(device, 5).get(0).tcp()).isSameAs(registrar.tcpConnections.get(device));

        Socket dropped = registrar.tcpConnections.get(device);
        dropped.close(); // the platform restarts or a NAT forgets the connection
        await(Duration.ofSeconds(10), () -> registrar.tcpConnections.get(device) != dropped && fleet.registeredCount() == 2,
                "the device to reconnect and register again");

        try (ServerSocket media = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            media.setSoTimeout(10_000);
            String callId = "invite-tcp-" + UUID.randomUUID();
            String answer = invite(device, callId, "TCP",
                    ItSupport.offer("34020000001310000002", "TCP/RTP/AVP", media.getLocalPort(), "passive", "0200000456"));
            assertThat(answer).contains("TCP/RTP/AVP 96", "a=setup:active", "y=0200000456");
            try (Socket connection = media.accept()) {
                connection.setSoTimeout(10_000);
                DataInputStream in = new DataInputStream(connection.getInputStream());
                List<byte[]> packets = new ArrayList<>();
                while (RtpChecks.markers(packets) < 3) {
                    int length = in.readUnsignedShort(); // RFC 4571 framing
                    packets.add(in.readNBytes(length));
                }
                RtpChecks.assertPsOverRtp(packets, 200_000_456L);
                bye(device, callId, "TCP");
                await(Duration.ofSeconds(5), () -> RtpChecks.ffmpegChildren() == 0, "ffmpeg to be killed after BYE");
                in.transferTo(java.io.OutputStream.nullOutputStream()); // returns at EOF, else the read times out
                assertThat(in.read()).as("connection closed after BYE").isEqualTo(-1);
            }
        }
    }

    private void sendQuery(String device, String cmdType, long sn, String extra) throws Exception {
        byte[] body = ItSupport.query(cmdType, sn, device, GB2312, extra);
        String transport = registrar.tcpConnections.containsKey(device) ? "TCP" : "UDP";
        registrar.send(ItSupport.request("MESSAGE", device, transport, registrar.port(), "q-" + UUID.randomUUID(), 1, null,
                "Content-Type: Application/MANSCDP+xml\r\n", body.length), device, body);
    }

    private List<Sip> catalogResponses(String device, long sn) {
        return registrar.requests("MESSAGE", s -> s.fromUser().equals(device) && s.body().contains("<Response>")
                && s.body().contains("<CmdType>Catalog</CmdType>") && s.body().contains("<SN>" + sn + "</SN>"));
    }

    private String invite(String device, String callId, String transport, String sdp) throws Exception {
        byte[] body = sdp.getBytes(StandardCharsets.US_ASCII);
        String channel = "3402000000131" + device.substring(13);
        String subject = "Subject: " + channel + ":" + sdp.substring(sdp.indexOf("y=") + 2).strip() + "," + ItSupport.SERVER_ID + ":0\r\n";
        registrar.send(ItSupport.request("INVITE", channel, transport, registrar.port(), callId, 1, null,
                subject + "Content-Type: APPLICATION/SDP\r\n", body.length), device, body);
        await(Duration.ofSeconds(5), () -> response(callId, "INVITE") != null, "200 to INVITE");
        Sip ok = response(callId, "INVITE");
        assertThat(ok.startLine()).isEqualTo("SIP/2.0 200 OK");
        assertThat(ok.header("content-type")).isEqualTo("application/sdp");
        registrar.send(ItSupport.request("ACK", channel, transport, registrar.port(), callId, 1, ItSupport.tagOf(ok.header("to")),
                "", 0), device, new byte[0]);
        return ok.body();
    }

    private void bye(String device, String callId, String transport) throws Exception {
        String channel = "3402000000131" + device.substring(13);
        String tag = ItSupport.tagOf(response(callId, "INVITE").header("to"));
        registrar.send(ItSupport.request("BYE", channel, transport, registrar.port(), callId, 2, tag, "", 0), device, new byte[0]);
        await(Duration.ofSeconds(5), () -> response(callId, "BYE") != null, "200 to BYE");
        assertThat(response(callId, "BYE").startLine()).isEqualTo("SIP/2.0 200 OK");
    }

    private Sip response(String callId, String method) {
        return registrar.received.stream().filter(s -> s.startLine().startsWith("SIP/2.0 "))
                .filter(s -> callId.equals(s.header("call-id")) && s.header("cseq").endsWith(method))
                .findFirst().orElse(null);
    }
}
