package org.xueliang.sip.message;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the charset of a MANSCDP body. Devices mostly send GB2312 or GBK, sometimes without
 * saying so, so everything is read as GB18030 (a superset of both and of ASCII) unless the body
 * declares UTF-8. Remember the result per device to answer in the device's own charset.
 */
public final class BodyCharset {
    /** The charset bodies are read in unless they declare UTF-8. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final int PROLOG_SCAN_LIMIT = 256;
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private BodyCharset() {
    }

    /**
     * The charset to decode {@code body} with: UTF-8 for a UTF-8 byte-order mark or a prolog
     * declaring UTF-8; GB18030 for any other declaration; without a declaration, the hint (for
     * example from {@code Content-Type}, GB2312 and GBK widened to GB18030); without either,
     * UTF-8 if the body is valid UTF-8 with at least one multi-byte character, else GB18030.
     */
    public static Charset detect(byte[] body, Charset hintOrNull) {
        if (hasUtf8Bom(body)) {
            return StandardCharsets.UTF_8;
        }
        String declared = declaredEncoding(body);
        if (declared != null) {
            return isUtf8(declared) ? StandardCharsets.UTF_8 : GB18030;
        }
        if (hintOrNull != null) {
            return isUtf8(hintOrNull.name()) ? StandardCharsets.UTF_8 : GB18030;
        }
        // Undeclared UTF-8 read as GB18030 turns every name into nonsense, while GB2312 text that is
        // also valid UTF-8 needs several improbable byte pairs in a row (its last byte would have to
        // complete a UTF-8 sequence right before the ASCII '<' that closes the element).
        return isMultibyteUtf8(body) ? StandardCharsets.UTF_8 : GB18030;
    }

    /**
     * Decodes {@code length} bytes from {@code offset}, replacing each byte of a broken sequence with
     * U+FFFD. A plain {@code new String} may swallow the ASCII byte after a broken double-byte lead
     * (for example a {@code '<'}), turning a bad name into malformed XML.
     */
    static String decode(byte[] body, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 16);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                return out.flip().toString();
            }
            if (result.isOverflow()) {
                out = CharBuffer.allocate(out.capacity() * 2).put(out.flip());
            } else {
                if (!out.hasRemaining()) {
                    out = CharBuffer.allocate(out.capacity() * 2).put(out.flip());
                }
                out.put('\uFFFD');
                in.position(in.position() + 1);
            }
        }
    }

    private static boolean isMultibyteUtf8(byte[] body) {
        boolean multibyte = false;
        for (byte b : body) {
            if (b < 0) {
                multibyte = true;
                break;
            }
        }
        if (!multibyte) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The encoding named in the XML prolog, or null when there is no prolog or no encoding in it. */
    static String declaredEncoding(byte[] body) {
        int start = 0;
        while (start < body.length && isXmlSpace(body[start])) {
            start++;
        }
        int end = Math.min(body.length, start + PROLOG_SCAN_LIMIT);
        // The prolog is ASCII in every charset a device may use, so it can be read before the charset is known.
        String head = new String(body, start, end - start, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return null;
        }
        int close = head.indexOf("?>");
        if (close < 0) {
            return null;
        }
        Matcher matcher = ENCODING.matcher(head.substring(0, close));
        return matcher.find() ? matcher.group(1).trim() : null;
    }

    static boolean hasUtf8Bom(byte[] body) {
        return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
    }

    private static boolean isUtf8(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.equals("UTF-8") || n.equals("UTF8");
    }

    private static boolean isXmlSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
