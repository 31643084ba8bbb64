package org.xueliang.sip.message;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;

/** Writes a small XML body element by element, then encodes it with a matching prolog. */
final class XmlBodyBuilder {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final String EOL = "\r\n";

    private final StringBuilder xml = new StringBuilder(256);
    private final Deque<String> open = new ArrayDeque<>();

    XmlBodyBuilder open(String name) {
        xml.append('<').append(name).append('>').append(EOL);
        open.push(name);
        return this;
    }

    XmlBodyBuilder open(String name, String attribute, Object value) {
        xml.append('<').append(name).append(' ').append(attribute).append("=\"");
        escape(String.valueOf(value));
        xml.append("\">").append(EOL);
        open.push(name);
        return this;
    }

    XmlBodyBuilder close() {
        xml.append("</").append(open.pop()).append('>').append(EOL);
        return this;
    }

    /** A text element; nothing when the value is null, since absent and empty mean different things to devices. */
    XmlBodyBuilder field(String name, Object value) {
        if (value == null) {
            return this;
        }
        xml.append('<').append(name).append('>');
        escape(format(value));
        xml.append("</").append(name).append('>').append(EOL);
        return this;
    }

    /**
     * The document as bytes in {@code charset}, with a prolog naming it. Characters the charset
     * cannot hold (a rare name in GB2312) are written as character references instead of '?'.
     */
    byte[] encode(Charset charset) {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements " + open);
        }
        String prolog = "<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>" + EOL;
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder text = new StringBuilder(prolog.length() + xml.length());
        text.append(prolog);
        xml.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            if (cp < 0x80 || encoder.canEncode(ch)) {
                text.append(ch);
            } else {
                text.append("&#").append(cp).append(';');
            }
        });
        return text.toString().getBytes(charset);
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            // toPlainString: devices do not read 1.2E-5, and Double.toString may produce it.
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDateTime time) {
            return TIME.format(time);
        }
        return String.valueOf(value);
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                default -> xml.append(c);
            }
        }
    }
}
