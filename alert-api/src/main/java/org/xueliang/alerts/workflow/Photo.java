package org.xueliang.alerts.workflow;

import java.util.List;
import java.util.Objects;

/**
 * A photo uploaded with a resolution.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param bytes       the image
 */
public record Photo(String contentType, byte[] bytes) {
    /** The image types accepted. */
    public static final List<String> TYPES = List.of("image/jpeg", "image/png");

    public Photo {
        Objects.requireNonNull(bytes, "bytes");
        if (!TYPES.contains(contentType)) {
            throw new IllegalArgumentException("photo type must be one of " + String.join(", ", TYPES)
                    + ", got " + contentType);
        }
    }

    /** The type told by the first bytes (JPEG SOI marker, PNG signature), or null for anything else. */
    public static String sniff(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (bytes.length < png.length) {
            return null;
        }
        for (int i = 0; i < png.length; i++) {
            if (bytes[i] != png[i]) {
                return null;
            }
        }
        return "image/png";
    }
}
