package org.xueliang.simulator;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.xueliang.simulator.media.VideoCodec;
import org.xueliang.simulator.media.VideoSettings;

/** Shared helpers for the integration tests: polling, footage, platform-side request texts. */
final class ItSupport {

    static final String SERVER_ID = "34020000002000000001";
    static final String DOMAIN = "3402000000";

    private ItSupport() {
    }

    /** Polls a condition every 20 ms; fails with {@code what} when it does not hold in time. */
    static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    static Path footage() {
        return Path.of(System.getProperty("xl.repo.root", "../.."), "samples", "footage", "vtest.avi");
    }

    static VideoSettings video() {
        return new VideoSettings("ffmpeg", Optional.of(footage()), VideoCodec.H264, 25, 25);
    }

    static String request(String method, String target, String transport, int port, String callId, long cseq,
                          String toTag, String extraHeaders, int bodyLength) {
        return method + " sip:" + target + "@" + DOMAIN + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport + " 127.0.0.1:" + port + ";rport;branch=z9hG4bK" + UUID.randomUUID() + "\r\n"
                + "From: <sip:" + SERVER_ID + "@" + DOMAIN + ">;tag=platform1\r\n"
                + "To: <sip:" + target + "@" + DOMAIN + ">" + (toTag == null ? "" : ";tag=" + toTag) + "\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + cseq + " " + method + "\r\n"
                + "Contact: <sip:" + SERVER_ID + "@127.0.0.1:" + port + ">\r\n"
                + "Max-Forwards: 70\r\n"
                + extraHeaders
                + "Content-Length: " + bodyLength + "\r\n\r\n";
    }

    static byte[] query(String cmdType, long sn, String deviceId, Charset charset, String extra) {
        return ("<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>\r\n<Query>\r\n<CmdType>" + cmdType
                + "</CmdType>\r\n<SN>" + sn + "</SN>\r\n<DeviceID>" + deviceId + "</DeviceID>\r\n" + extra
                + "</Query>\r\n").getBytes(charset);
    }

    static String offer(String channelId, String proto, int port, String setup, String ssrc) {
        return "v=0\r\no=" + channelId + " 0 0 IN IP4 127.0.0.1\r\ns=Play\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=video " + port + " " + proto + " 96 98 97\r\na=recvonly\r\na=rtpmap:96 PS/90000\r\n"
                + "a=rtpmap:98 H264/90000\r\na=rtpmap:97 MPEG4/90000\r\n"
                + (setup == null ? "" : "a=setup:" + setup + "\r\na=connection:new\r\n")
                + "y=" + ssrc + "\r\n";
    }

    static String tagOf(String toHeader) {
        int at = toHeader.indexOf("tag=");
        return at < 0 ? null : toHeader.substring(at + 4).split(";")[0];
    }
}
