package org.xueliang.ingest.gb;

import java.util.Objects;
import org.xueliang.ingest.rtp.MediaPortPool;
import org.xueliang.ingest.rtp.RtpEventLoops;

/**
 * What every GB28181 source shares: the signalling side to request streams from, the media
 * settings, the event loops receiving RTP and the pool of media ports. Made once by the server.
 *
 * @param requester  sends INVITE and BYE (the SIP gateway)
 * @param settings   media address, port range and timeout
 * @param eventLoops network event loops for all RTP receivers, owned (and shut down) by the server
 * @param ports      the port range of {@code settings}, shared by all sources
 */
public record Gb28181Media(StreamRequester requester, GbMediaSettings settings, RtpEventLoops eventLoops,
        MediaPortPool ports) {

    public Gb28181Media {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(eventLoops, "eventLoops");
        Objects.requireNonNull(ports, "ports");
    }

    /** The shared media set-up with a port pool over the settings' range. */
    public static Gb28181Media of(StreamRequester requester, GbMediaSettings settings, RtpEventLoops eventLoops) {
        return new Gb28181Media(requester, settings, eventLoops,
                new MediaPortPool(settings.portFrom(), settings.portTo()));
    }
}
