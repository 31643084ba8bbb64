package org.xueliang.alerts.console;

import java.util.Optional;

/** The latest analysis frame of running channels, implemented by the server's frame tap. */
public interface SnapshotSource {
    /**
     * Encodes the latest analysed frame of a channel; blocking (JPEG encoding).
     *
     * @return the JPEG, empty when the channel does not run or has analysed no frame yet
     */
    Optional<byte[]> latestJpeg(String channelId);
}
