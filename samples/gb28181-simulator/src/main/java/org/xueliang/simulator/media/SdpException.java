package org.xueliang.simulator.media;

/** An SDP offer the simulator cannot answer (answered with 488 Not Acceptable Here). */
public class SdpException extends RuntimeException {

    public SdpException(String message) {
        super(message);
    }
}
