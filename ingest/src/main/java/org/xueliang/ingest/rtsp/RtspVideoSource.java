package org.xueliang.ingest.rtsp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.ffmpeg.InputReader;
import org.xueliang.ingest.DecodeMode;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;
import org.xueliang.ingest.source.VideoSource;

/**
 * A camera pulled over RTSP with FFmpeg, RTP over interleaved TCP or over UDP.
 *
 * <p>Before FFmpeg opens the stream, a plain TCP connect with the configured connect timeout checks
 * that the camera answers. FFmpeg has a single socket timeout for connecting and reading, so without
 * this check an unreachable camera would take the read timeout to fail and give a vaguer reason.
 */
public final class RtspVideoSource implements VideoSource {
    /** How long UDP packets may wait for reordering: FFmpeg's default for RTSP, stated. */
    private static final int REORDER_DELAY_MICROS = 100_000;
    /** A read that ends after this share of the timeout without a picture is a timeout. */
    private static final double TIMEOUT_SHARE = 0.9;

    private final RtspSourceConfig config;
    private final int analysisWidth;
    private final String maskedUrl;
    private volatile InputReader reader;
    private volatile DecodeMode decodeMode = DecodeMode.ALL;
    private long lastPictureNanos;

    /**
     * @param config        URL, transport and timeouts
     * @param analysisWidth width of converted pictures
     */
    public RtspVideoSource(RtspSourceConfig config, int analysisWidth) {
        RtspOptions.micros(config.connectTimeout(), "connectTimeout");
        RtspOptions.micros(config.readTimeout(), "readTimeout");
        this.config = config;
        this.analysisWidth = analysisWidth;
        this.maskedUrl = RtspSourceConfig.maskedUrl(config.url());
    }

    @Override
    public StreamInfo open() throws SourceException {
        RtspAddress address;
        try {
            address = RtspAddress.parse(config.url());
        } catch (IllegalArgumentException e) {
            throw SourceException.failed(e.getMessage());
        }
        checkConnect(address);
        reader = new InputReader(config.url(), RtspOptions.forConfig(config), REORDER_DELAY_MICROS,
                maskedUrl + " over " + config.transport());
        reader.setDecodeMode(decodeMode);
        long start = System.nanoTime();
        try {
            StreamInfo info = reader.open(analysisWidth);
            lastPictureNanos = System.nanoTime();
            return info;
        } catch (SourceException e) {
            // FFmpeg reports an RTSP reply that never came as invalid data; the time taken tells
            if (timedOut(System.nanoTime() - start)) {
                throw SourceException.failed("no RTSP answer within " + seconds(config.readTimeout()) + " ("
                        + maskedUrl + ")", e);
            }
            throw e;
        }
    }

    @Override
    public DecodedPicture read(boolean convert) throws SourceException, InterruptedException {
        if (reader == null) {
            throw new IllegalStateException("read before open of " + maskedUrl);
        }
        DecodedPicture picture = reader.read(convert);
        long now = System.nanoTime();
        if (picture == null) {
            throw endReason(Duration.ofNanos(now - lastPictureNanos));
        }
        if (timedOut(now - lastPictureNanos)) {
            // after a read timeout the reader drains the decoder and hands out the picture it held back;
            // the stream is dead already, and the next read would only wait a second timeout
            throw noData();
        }
        lastPictureNanos = now;
        return picture;
    }

    @Override
    public boolean setDecodeMode(DecodeMode mode) {
        decodeMode = mode;
        InputReader current = reader;
        if (current != null) {
            current.setDecodeMode(mode);
        }
        return true;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }

    private void checkConnect(RtspAddress address) throws SourceException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.host(), address.port()),
                    (int) Math.max(1, Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis())));
        } catch (UnknownHostException e) {
            throw SourceException.failed("connect failed: unknown host " + address.host() + " (" + maskedUrl + ")", e);
        } catch (SocketTimeoutException e) {
            throw SourceException.failed("connect failed: no answer within " + seconds(config.connectTimeout())
                    + " (" + maskedUrl + ")", e);
        } catch (IOException e) {
            throw SourceException.failed("connect failed: " + e.getMessage() + " (" + maskedUrl + ")", e);
        }
    }

    private SourceException endReason(Duration silence) {
        // the reader reports a read error as the end of the stream; the silence tells a timeout apart
        if (timedOut(silence.toNanos())) {
            return noData();
        }
        String detail = reader.lastNativeMessage();
        return SourceException.failed("stream ended" + (detail == null ? " by the server" : ": " + detail)
                + " (" + maskedUrl + ")");
    }

    private boolean timedOut(long silenceNanos) {
        return silenceNanos >= config.readTimeout().toNanos() * TIMEOUT_SHARE;
    }

    private SourceException noData() {
        return SourceException.failed("no data for " + seconds(config.readTimeout()) + " (" + maskedUrl + ")");
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }
}
