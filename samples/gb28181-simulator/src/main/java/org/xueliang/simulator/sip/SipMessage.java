package org.xueliang.simulator.sip;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable SIP request or response: start line, headers in order, body bytes.
 * Built with {@link #request(String, String)} or {@link #response(int, String)}, parsed with
 * {@link SipParser}. {@link #encode()} always writes a Content-Length matching the body.
 */
public final class SipMessage {

    private static final String VERSION = "SIP/2.0";

    private final String method;
    private final String requestUri;
    private final int statusCode;
    private final String reasonPhrase;
    private final List<SipHeader> headers;
    private final byte[] body;

    private SipMessage(Builder builder) {
        this.method = builder.method;
        this.requestUri = builder.requestUri;
        this.statusCode = builder.statusCode;
        this.reasonPhrase = builder.reasonPhrase;
        this.headers = List.copyOf(builder.headers);
        this.body = builder.body.clone();
    }

    /** Starts a request such as {@code REGISTER sip:34020000002000000001@3402000000}. */
    public static Builder request(String method, String requestUri) {
        Builder builder = new Builder();
        builder.method = Objects.requireNonNull(method, "method");
        builder.requestUri = Objects.requireNonNull(requestUri, "requestUri");
        return builder;
    }

    /** Starts a response such as {@code 200 OK}. */
    public static Builder response(int statusCode, String reasonPhrase) {
        if (statusCode < 100 || statusCode > 699) {
            throw new IllegalArgumentException("status code must be 100..699, got " + statusCode);
        }
        Builder builder = new Builder();
        builder.statusCode = statusCode;
        builder.reasonPhrase = Objects.requireNonNull(reasonPhrase, "reasonPhrase");
        return builder;
    }

    /**
     * A response to this request copying Via, From, To, Call-ID and CSeq (RFC 3261 section 8.2.6),
     * with {@code toTag} added to To when the request's To has no tag yet.
     */
    public Builder responseTo(int code, String reason, String toTag) {
        Builder builder = response(code, reason);
        for (SipHeader header : headers) {
            if (header.is("Via") || header.is("From") || header.is("Call-ID") || header.is("CSeq")) {
                builder.header(header.name(), header.value());
            } else if (header.is("To")) {
                boolean tagged = SipAddress.parse(header.value()).tag().isPresent();
                builder.header("To", tagged || toTag == null ? header.value() : header.value() + ";tag=" + toTag);
            }
        }
        return builder;
    }

    public boolean isRequest() {
        return method != null;
    }

    /** The request method, or the CSeq method for a response. */
    public String method() {
        return method != null ? method : cseq().method();
    }

    public String requestUri() {
        return requestUri;
    }

    public int statusCode() {
        return statusCode;
    }

    public String reasonPhrase() {
        return reasonPhrase;
    }

    public List<SipHeader> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    /** The first value of a header, long or compact name, case-insensitive. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.is(name)).map(SipHeader::value).findFirst();
    }

    /** All values of a header in message order. */
    public List<String> headerValues(String name) {
        return headers.stream().filter(h -> h.is(name)).map(SipHeader::value).toList();
    }

    /** A header that the protocol requires, or a {@link SipProtocolException} naming it. */
    public String requiredHeader(String name) {
        return header(name).orElseThrow(() -> new SipProtocolException(
                "SIP message " + startLine() + " has no " + name + " header"));
    }

    public String callId() {
        return requiredHeader("Call-ID");
    }

    public CSeq cseq() {
        return CSeq.parse(requiredHeader("CSeq"));
    }

    /** The request line or status line, without CRLF. */
    public String startLine() {
        return isRequest() ? method + " " + requestUri + " " + VERSION : VERSION + " " + statusCode + " " + reasonPhrase;
    }

    /** The message as bytes on the wire, with a Content-Length equal to the body length. */
    public byte[] encode() {
        StringBuilder text = new StringBuilder(256 + headers.size() * 48);
        text.append(startLine()).append("\r\n");
        for (SipHeader header : headers) {
            if (!header.is("Content-Length")) {
                text.append(header.name()).append(": ").append(header.value()).append("\r\n");
            }
        }
        text.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + body.length);
        out.writeBytes(head);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SipMessage that && statusCode == that.statusCode
                && Objects.equals(method, that.method) && Objects.equals(requestUri, that.requestUri)
                && Objects.equals(reasonPhrase, that.reasonPhrase) && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, requestUri, statusCode, headers) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return startLine() + " (" + headers.size() + " headers, " + body.length + " body bytes)";
    }

    /** Mutable builder; {@link #build()} makes the immutable message. */
    public static final class Builder {
        private String method;
        private String requestUri;
        private int statusCode;
        private String reasonPhrase;
        private final List<SipHeader> headers = new ArrayList<>();
        private byte[] body = new byte[0];

        private Builder() {
        }

        /** Appends a header; headers keep their order on the wire. */
        public Builder header(String name, String value) {
            headers.add(new SipHeader(name, value));
            return this;
        }

        /** Sets the body and its Content-Type. */
        public Builder body(String contentType, byte[] content) {
            headers.removeIf(h -> h.is("Content-Type"));
            headers.add(new SipHeader("Content-Type", contentType));
            this.body = content.clone();
            return this;
        }

        Builder rawBody(byte[] content) {
            this.body = content;
            return this;
        }

        public SipMessage build() {
            return new SipMessage(this);
        }
    }
}
