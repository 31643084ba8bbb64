package org.xueliang.simulator.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts SIP messages out of a TCP byte stream. Over a stream the Content-Length header is
 * mandatory (RFC 3261 section 18.3); a missing one means an empty body. Blank lines between
 * messages (RFC 5626 CRLF keepalive pings) are skipped.
 */
public final class SipStreamFramer {

    /** Larger than any catalog answer a device sends; protects against a peer that never ends a header. */
    static final int MAX_MESSAGE_BYTES = 1 << 20;

    private byte[] buffer = new byte[8192];
    private int length;

    /** Appends received bytes and returns every message they complete, in order. */
    public List<SipMessage> feed(byte[] data, int offset, int count) {
        ensureCapacity(length + count);
        System.arraycopy(data, offset, buffer, length, count);
        length += count;
        List<SipMessage> messages = new ArrayList<>(1);
        SipMessage next;
        while ((next = extract()) != null) {
            messages.add(next);
        }
        return messages;
    }

    /** Bytes received but not yet part of a complete message. */
    public int pendingBytes() {
        return length;
    }

    private SipMessage extract() {
        int start = 0;
        while (start < length && (buffer[start] == '\r' || buffer[start] == '\n')) {
            start++;
        }
        discard(start);
        int headEnd = SipParser.findHeaderEnd(buffer, 0, length);
        if (headEnd < 0) {
            checkSize(length);
            return null;
        }
        int bodyStart = bodyStart(headEnd);
        int total = bodyStart + contentLength(headEnd);
        checkSize(total);
        if (length < total) {
            return null;
        }
        SipMessage message = SipParser.parse(buffer, 0, total);
        discard(total);
        return message;
    }

    private int bodyStart(int headEnd) {
        int at = headEnd;
        for (int lineEnds = 0; lineEnds < 2; lineEnds++) {
            if (at < length && buffer[at] == '\r') {
                at++;
            }
            at++;
        }
        return at;
    }

    private int contentLength(int headEnd) {
        String head = new String(buffer, 0, headEnd, StandardCharsets.UTF_8);
        for (String line : head.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && new SipHeader(line.substring(0, colon), "").is("Content-Length")) {
                return SipParser.parseContentLength(line.substring(colon + 1));
            }
        }
        return 0;
    }

    private void checkSize(int size) {
        if (size > MAX_MESSAGE_BYTES) {
            throw new SipProtocolException("SIP message over TCP exceeds " + MAX_MESSAGE_BYTES
                    + " bytes (" + size + " so far); the stream is out of sync");
        }
    }

    private void discard(int count) {
        if (count > 0) {
            System.arraycopy(buffer, count, buffer, 0, length - count);
            length -= count;
        }
    }

    private void ensureCapacity(int needed) {
        if (needed > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
        }
    }
}
