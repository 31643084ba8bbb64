package org.xueliang.alerts.console;

/** One browser watching a channel's live view, as the {@link LiveHub} sees it. */
public interface LiveViewer {
    /** Whether the last frame is still being written: a busy viewer skips frames rather than queue them. */
    boolean busy();

    /**
     * Sends the overlay message, then the picture if there is one. Must not block.
     *
     * @param overlay the overlay JSON
     * @param jpeg    the picture, or null for a status without picture
     */
    void send(String overlay, byte[] jpeg);
}
