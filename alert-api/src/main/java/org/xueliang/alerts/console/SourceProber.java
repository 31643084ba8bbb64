package org.xueliang.alerts.console;

import org.xueliang.ingest.SourceConfig;

/** Checks a video source before it becomes a channel: connects, reads its stream and one picture. */
public interface SourceProber {
    /**
     * Blocking, for at most the source's timeouts (capped by the implementation).
     *
     * @throws ProbeFailedException with a password-free reason when the source cannot be read
     */
    ProbeResult probe(SourceConfig source);

    /**
     * What a probe found.
     *
     * @param codec  decoder name, for example {@code h264}
     * @param width  coded width in pixels
     * @param height coded height in pixels
     * @param fps    nominal frame rate, 0 when unknown
     * @param jpeg   the first picture as JPEG
     */
    record ProbeResult(String codec, int width, int height, double fps, byte[] jpeg) {
    }
}
