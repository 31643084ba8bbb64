package org.xueliang.analytics.detect;

/**
 * A detector's model (ONNX network, cascade file) is missing, unreadable or not what the detector
 * expects; the message names the path and what was expected.
 */
public final class DetectorModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DetectorModelException(String message) {
        super(message);
    }

    public DetectorModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
