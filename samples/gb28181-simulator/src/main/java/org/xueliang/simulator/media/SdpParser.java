package org.xueliang.simulator.media;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a GB28181 SDP offer (RFC 4566 plus the GB28181 {@code y=} SSRC and {@code f=} media
 * format lines). Only the first {@code m=video} section is used; PS must be offered.
 */
public final class SdpParser {

    private SdpParser() {
    }

    public static SdpOffer parse(String sdp) {
        Map<String, String> session = new HashMap<>();
        Map<Integer, String> rtpmap = new HashMap<>();
        String media = null;
        String setup = null;
        for (String raw : sdp.split("\r?\n")) {
            String line = raw.strip();
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            String value = line.substring(2).strip();
            switch (line.charAt(0)) {
                case 'm' -> media = media == null && value.startsWith("video") ? value : media;
                case 'a' -> setup = attribute(value, rtpmap, setup);
                default -> session.putIfAbsent(line.substring(0, 1), value);
            }
        }
        if (media == null) {
            throw new SdpException("SDP offer has no m=video line");
        }
        return build(session, media, rtpmap, setup);
    }

    private static String attribute(String value, Map<Integer, String> rtpmap, String setup) {
        if (value.startsWith("rtpmap:")) {
            String[] parts = value.substring(7).split("\\s+", 2);
            if (parts.length == 2 && parts[0].matches("\\d{1,3}")) {
                rtpmap.put(Integer.parseInt(parts[0]), parts[1].strip());
            }
            return setup;
        }
        return value.startsWith("setup:") ? value.substring(6).strip().toLowerCase(Locale.ROOT) : setup;
    }

    private static SdpOffer build(Map<String, String> session, String media, Map<Integer, String> rtpmap,
                                  String setup) {
        String[] m = media.split("\\s+");
        if (m.length < 4) {
            throw new SdpException("m= line must be 'video <port> <proto> <formats>', got 'm=" + media + "'");
        }
        int port = parsePort(m[1]);
        MediaTransport transport = transport(m[2], setup);
        String connection = session.get("c");
        if (connection == null || connection.split("\\s+").length != 3) {
            throw new SdpException("SDP offer needs 'c=IN IP4 <address>', got " + connection);
        }
        int psType = psPayloadType(m, rtpmap);
        String ssrc = session.getOrDefault("y", "");
        if (!ssrc.matches("\\d{1,10}")) {
            throw new SdpException("y= SSRC must be decimal digits, got '" + ssrc + "'");
        }
        return new SdpOffer(session.getOrDefault("s", "Play"), connection.split("\\s+")[2], port, transport,
                psType, rtpmap, ssrc, session.getOrDefault("t", "0 0"));
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SdpException("m= port must be 1..65535, got '" + text + "'");
    }

    private static MediaTransport transport(String proto, String setup) {
        String upper = proto.toUpperCase(Locale.ROOT);
        if (upper.equals("RTP/AVP")) {
            return MediaTransport.UDP;
        }
        if (!upper.equals("TCP/RTP/AVP")) {
            throw new SdpException("m= transport must be RTP/AVP or TCP/RTP/AVP, got '" + proto + "'");
        }
        // A platform that does not say is passive: it listens and the device connects.
        return "active".equals(setup) ? MediaTransport.TCP_ACTIVE : MediaTransport.TCP_PASSIVE;
    }

    private static int psPayloadType(String[] m, Map<Integer, String> rtpmap) {
        for (int i = 3; i < m.length; i++) {
            int type = m[i].matches("\\d{1,3}") ? Integer.parseInt(m[i]) : -1;
            String encoding = rtpmap.get(type);
            boolean ps = encoding != null && encoding.toUpperCase(Locale.ROOT).startsWith("PS/");
            // without any rtpmap, 96 is PS by GB28181 convention
            if (ps || (rtpmap.isEmpty() && type == 96)) {
                return type;
            }
        }
        throw new SdpException("SDP offer does not offer PS/90000 among payload types "
                + String.join(" ", Arrays.copyOfRange(m, 3, m.length)));
    }
}
