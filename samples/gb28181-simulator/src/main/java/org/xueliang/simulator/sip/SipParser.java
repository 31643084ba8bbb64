package org.xueliang.simulator.sip;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Parses one SIP message from bytes (a UDP datagram or a frame cut by {@link SipStreamFramer}).
 * Tolerates LF-only line ends and folded header lines; the body is Content-Length bytes when the
 * header is present, otherwise the rest of the datagram (RFC 3261 section 18.3 allows that on UDP).
 */
public final class SipParser {

    private SipParser() {
    }

    public static SipMessage parse(byte[] data) {
        return parse(data, 0, data.length);
    }

    public static SipMessage parse(byte[] data, int offset, int length) {
        int end = offset + length;
        int start = skipLeadingBlankLines(data, offset, end);
        int headEnd = findHeaderEnd(data, start, end);
        if (headEnd < 0) {
            throw new SipProtocolException("SIP message has no empty line after the headers ("
                    + (end - start) + " bytes)");
        }
        String head = new String(data, start, headEnd - start, StandardCharsets.UTF_8);
        String[] lines = unfold(head.split("\r?\n"));
        SipMessage.Builder builder = startLine(lines[0]);
        int contentLength = -1;
        for (int i = 1; i < lines.length; i++) {
            SipHeader header = headerLine(lines[i]);
            builder.header(header.name(), header.value());
            if (header.is("Content-Length")) {
                contentLength = parseContentLength(header.value());
            }
        }
        int bodyStart = skipLineEnd(data, skipLineEnd(data, headEnd, end), end);
        int available = end - bodyStart;
        if (contentLength > available) {
            throw new SipProtocolException("SIP body truncated: Content-Length " + contentLength
                    + " but " + available + " bytes follow the headers");
        }
        int bodyLength = contentLength < 0 ? available : contentLength;
        return builder.rawBody(Arrays.copyOfRange(data, bodyStart, bodyStart + bodyLength)).build();
    }

    private static int skipLeadingBlankLines(byte[] data, int from, int end) {
        int i = from;
        while (i < end && (data[i] == '\r' || data[i] == '\n')) {
            i++;
        }
        return i;
    }

    /** Index of the line end that terminates the header block (the first of two line ends). */
    static int findHeaderEnd(byte[] data, int from, int end) {
        for (int i = from; i < end; i++) {
            if (data[i] == '\n' && isBlankLineAt(data, i + 1, end)) {
                return i > from && data[i - 1] == '\r' ? i - 1 : i;
            }
        }
        return -1;
    }

    private static boolean isBlankLineAt(byte[] data, int at, int end) {
        return (at < end && data[at] == '\n') || (at + 1 < end && data[at] == '\r' && data[at + 1] == '\n');
    }

    private static int skipLineEnd(byte[] data, int at, int end) {
        if (at < end && data[at] == '\r') {
            at++;
        }
        return at < end && data[at] == '\n' ? at + 1 : at;
    }

    private static String[] unfold(String[] lines) {
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation && joined.length() > 0) {
                joined.append(' ').append(line.strip());
            } else {
                joined.append('\n').append(line);
            }
        }
        return joined.substring(1).split("\n");
    }

    private static SipMessage.Builder startLine(String line) {
        String[] parts = line.strip().split(" ", 3);
        if (parts.length < 2) {
            throw new SipProtocolException("SIP start line must have 3 parts, got '" + line + "'");
        }
        if (parts[0].equals("SIP/2.0")) {
            return SipMessage.response(parseStatus(parts[1], line), parts.length == 3 ? parts[2] : "");
        }
        if (parts.length != 3 || !parts[2].equals("SIP/2.0")) {
            throw new SipProtocolException("SIP request line must be 'METHOD uri SIP/2.0', got '" + line + "'");
        }
        return SipMessage.request(parts[0], parts[1]);
    }

    private static int parseStatus(String code, String line) {
        try {
            int status = Integer.parseInt(code);
            if (status >= 100 && status <= 699) {
                return status;
            }
        } catch (NumberFormatException e) {
            // reported below with the whole line
        }
        throw new SipProtocolException("SIP status code must be 100..699, got '" + line + "'");
    }

    private static SipHeader headerLine(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new SipProtocolException("SIP header line has no name before ':': '" + line + "'");
        }
        return new SipHeader(line.substring(0, colon), line.substring(colon + 1));
    }

    static int parseContentLength(String value) {
        try {
            int length = Integer.parseInt(value.strip());
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SipProtocolException("Content-Length must be a non-negative integer, got '" + value + "'");
    }
}
