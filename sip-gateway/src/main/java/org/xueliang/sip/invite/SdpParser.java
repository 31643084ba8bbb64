package org.xueliang.sip.invite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a device's SDP answer: the video stream's address, port, transport, payload types and
 * the {@code y=} SSRC. Audio and other streams are skipped. Errors name the line number and the
 * offending text.
 */
public final class SdpParser {

    private SdpParser() {
    }

    /**
     * Parses an SDP body.
     *
     * @throws SdpParseException when a line is malformed, or the video stream or its address is missing
     */
    public static SdpAnswer parse(String sdp) {
        if (sdp == null || sdp.isBlank()) {
            throw new SdpParseException("SDP: empty");
        }
        Builder answer = new Builder();
        String[] lines = sdp.split("\r\n|\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                answer.line(i + 1, line);
            }
        }
        return answer.build();
    }

    /** Collects the fields of interest line by line; media-level lines count only inside the first video stream. */
    private static final class Builder {
        private String sessionName;
        private String sessionAddress;
        private boolean inMedia;
        private boolean inVideo;
        private boolean videoSeen;
        private String videoAddress;
        private int port;
        private boolean tcp;
        private String setup;
        private final List<Integer> payloadTypes = new ArrayList<>();
        private final Map<Integer, String> rtpmap = new HashMap<>();
        private Ssrc ssrc;

        void line(int number, String line) {
            if (line.length() < 2 || line.charAt(1) != '=') {
                throw error(number, "expected <type>=<value>, got \"" + line + "\"");
            }
            String value = line.substring(2).strip();
            switch (line.charAt(0)) {
                case 's' -> sessionName = value;
                case 'c' -> connection(number, value);
                case 'm' -> media(number, value);
                case 'a' -> {
                    if (inVideo) {
                        attribute(number, value);
                    }
                }
                case 'y' -> ssrc(number, value);
                default -> {
                    // v, o, t, f, u and the rest say nothing the receiver needs
                }
            }
        }

        private void connection(int number, String value) {
            String[] parts = value.split("\\s+");
            if (parts.length != 3 || !parts[0].equals("IN") || !(parts[1].equals("IP4") || parts[1].equals("IP6"))) {
                throw error(number, "c= must be IN IP4 <address>, got \"" + value + "\"");
            }
            if (!inMedia) {
                sessionAddress = parts[2];
            } else if (inVideo) {
                videoAddress = parts[2];
            }
        }

        private void media(int number, String value) {
            inMedia = true;
            String[] parts = value.split("\\s+");
            inVideo = parts[0].equals("video") && !videoSeen;
            if (!inVideo) {
                return;
            }
            videoSeen = true;
            if (parts.length < 4) {
                throw error(number, "m= must be video <port> <transport> <payload types>, got \"" + value + "\"");
            }
            port = port(number, parts[1]);
            tcp = transport(number, parts[2]);
            for (int i = 3; i < parts.length; i++) {
                payloadTypes.add(payloadType(number, parts[i]));
            }
        }

        private static int port(int number, String text) {
            String digits = text.split("/", 2)[0];
            int value;
            try {
                value = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw error(number, "m= port must be a number, got \"" + text + "\"");
            }
            if (value == 0) {
                throw error(number, "m=video port is 0: the device refused the video stream");
            }
            if (value < 0 || value > 65535) {
                throw error(number, "m= port must be 1 to 65535, got " + value);
            }
            return value;
        }

        private static boolean transport(int number, String text) {
            return switch (text.toUpperCase(Locale.ROOT)) {
                case "RTP/AVP" -> false;
                // RTP/AVP/TCP is how some devices write TCP/RTP/AVP.
                case "TCP/RTP/AVP", "RTP/AVP/TCP" -> true;
                default -> throw error(number, "m= transport must be RTP/AVP or TCP/RTP/AVP, got \"" + text + "\"");
            };
        }

        private static int payloadType(int number, String text) {
            try {
                int value = Integer.parseInt(text);
                if (value >= 0 && value <= 127) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below with the text as sent
            }
            throw error(number, "payload type must be 0 to 127, got \"" + text + "\"");
        }

        private void attribute(int number, String value) {
            if (value.startsWith("setup:")) {
                setup = value.substring("setup:".length()).strip();
            } else if (value.startsWith("rtpmap:")) {
                String[] parts = value.substring("rtpmap:".length()).strip().split("\\s+", 2);
                if (parts.length != 2 || !parts[1].contains("/")) {
                    throw error(number, "a=rtpmap must be <payload type> <encoding>/<clock rate>, got \"" + value + "\"");
                }
                rtpmap.put(payloadType(number, parts[0]), parts[1]);
            }
        }

        private void ssrc(int number, String value) {
            try {
                ssrc = new Ssrc(value);
            } catch (IllegalArgumentException e) {
                throw error(number, "y= " + e.getMessage());
            }
        }

        SdpAnswer build() {
            if (!videoSeen) {
                throw new SdpParseException("SDP: no m=video line");
            }
            String address = videoAddress != null ? videoAddress : sessionAddress;
            if (address == null) {
                throw new SdpParseException("SDP: no c= line for the session or the video stream");
            }
            return new SdpAnswer(sessionName, address, port, tcp, setup, payloadTypes, rtpmap, ssrc);
        }

        private static SdpParseException error(int number, String problem) {
            return new SdpParseException("SDP line " + number + ": " + problem);
        }
    }
}
