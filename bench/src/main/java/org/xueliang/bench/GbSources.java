package org.xueliang.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.SourceConfig;
import org.xueliang.ingest.gb.Gb28181Media;
import org.xueliang.ingest.gb.GbMediaSettings;
import org.xueliang.ingest.rtp.RtpEventLoops;

/**
 * Channels of a simulated GB28181 camera: the server's GB28181 source (RTP receiver on a port of
 * the media range, reordering, PS demuxing, decoding) fed over loopback UDP by {@link GbCamera},
 * which stands in for the SIP gateway's INVITE. The clip is the bench clip remuxed to a program
 * stream. RTP is received on two event loop threads, as the server's {@code GbServer} sets up.
 */
final class GbSources implements LoadSources {
    private static final String DEVICE = "34020000001320000001";
    /** As {@code GbServer} sets up. */
    private static final int RTP_THREADS = 2;
    private static final int PORT_FROM = 31000;
    private static final int PORT_TO = 31999;
    /** The server's default {@code sip.rtpTimeout}. */
    private static final Duration RTP_TIMEOUT = Duration.ofSeconds(10);

    private final GbCamera camera;
    private final RtpEventLoops eventLoops;
    private final Gb28181Media media;

    private GbSources(GbCamera camera, RtpEventLoops eventLoops) {
        this.camera = camera;
        this.eventLoops = eventLoops;
        this.media = Gb28181Media.of(camera, new GbMediaSettings("127.0.0.1", PORT_FROM, PORT_TO, RTP_TIMEOUT),
                eventLoops);
    }

    /** Prepares the clip's program stream and starts the camera's sender. */
    static GbSources start(Path clip) throws Exception {
        GbCamera camera = new GbCamera(PsClips.pictures(clip), ChannelLoad.CLIP_FRAME_RATE);
        camera.start();
        return new GbSources(camera, RtpEventLoops.create(RTP_THREADS));
    }

    @Override
    public String kind() {
        return "gb";
    }

    @Override
    public SourceConfig source(int channel) {
        // channel IDs of one camera: the device's ID with type 131 and the channel number
        return new Gb28181SourceConfig(DEVICE, String.format("3402000000131%07d", channel), MediaTransport.UDP);
    }

    @Override
    public Optional<Gb28181Media> media() {
        return Optional.of(media);
    }

    @Override
    public double frameRate() {
        return ChannelLoad.CLIP_FRAME_RATE;
    }

    @Override
    public long senderCpuNanos() {
        return camera.senderCpuNanos();
    }

    @Override
    public void close() {
        try {
            camera.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        eventLoops.close();
        if (camera.failure() != null) {
            throw new IllegalStateException("the simulated camera's sender failed", camera.failure());
        }
    }
}
