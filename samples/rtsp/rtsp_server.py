#!/usr/bin/python3
"""A small GStreamer RTSP server for tests and demos.

Serves one H.264 stream at rtsp://ADDRESS:PORT/PATH over RTP/UDP and RTP interleaved in TCP.
The source is either a moving test pattern (--pattern ball) or a video file (--file F),
looped when it ends. Prints "READY rtsp://ADDRESS:PORT/PATH" once the server listens and
exits with status 0 on SIGTERM or SIGINT.
"""
import argparse
import signal
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtsp", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtsp, GstRtspServer  # noqa: E402

# Low-latency settings so that a client sees a keyframe at least once a second.
ENCODER = "x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25"
PAYLOADER = "rtph264pay name=pay0 pt=96 config-interval=1"


def pattern_launch(pattern, width, height, fps):
    return (f"( videotestsrc pattern={pattern} is-live=true"
            f" ! video/x-raw,width={width},height={height},framerate={fps}/1"
            f" ! {ENCODER} ! {PAYLOADER} )")


def file_launch(path):
    # The demuxer named "demux" is looked up again to loop the file (see FileLooper).
    location = GLib.strescape(path)
    return (f"( filesrc location=\"{location}\" ! qtdemux name=demux demux.video_0"
            f" ! h264parse ! {PAYLOADER} )")


class FileLooper:
    """Loops a file without restarting the RTP clock, with segment seeks.

    A flushing seek would reset running time, so RTP timestamps would jump back and clients
    would see time running backwards. A segment seek instead posts SEGMENT_DONE at the end;
    a new non-flushing segment seek to 0 then appends the file again on the same timeline.
    """

    def __init__(self, media):
        self.pipeline = media.get_element()
        demux = self.pipeline.get_by_name("demux")
        demux.connect("pad-added", self.on_pad_added)
        media.connect("prepared", self.on_prepared)

    def on_pad_added(self, _demux, pad):
        pad.add_probe(Gst.PadProbeType.EVENT_DOWNSTREAM, self.on_event)

    def on_prepared(self, _media):
        self.seek(Gst.SeekFlags.FLUSH | Gst.SeekFlags.SEGMENT)

    def on_event(self, _pad, info):
        if info.get_event().type == Gst.EventType.SEGMENT_DONE:
            # Seeking from a streaming thread can deadlock; do it from the main loop.
            GLib.idle_add(self.seek, Gst.SeekFlags.SEGMENT)
        return Gst.PadProbeReturn.OK

    def seek(self, flags):
        self.pipeline.seek(1.0, Gst.Format.TIME, flags,
                           Gst.SeekType.SET, 0, Gst.SeekType.NONE, -1)
        return False


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8554, help="TCP port (default 8554)")
    parser.add_argument("--address", default="127.0.0.1", help="listen address (default 127.0.0.1)")
    parser.add_argument("--path", default="/cam", help="mount point (default /cam)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--pattern", default="ball", help="videotestsrc pattern (default ball)")
    source.add_argument("--file", help="MP4 file with an H.264 video track, looped")
    parser.add_argument("--width", type=int, default=640, help="test pattern width (default 640)")
    parser.add_argument("--height", type=int, default=480, help="test pattern height (default 480)")
    parser.add_argument("--fps", type=int, default=25, help="test pattern frame rate (default 25)")
    args = parser.parse_args(argv)
    if not args.path.startswith("/"):
        parser.error(f"--path must start with '/', got '{args.path}'")
    return args


def main(argv):
    args = parse_args(argv)
    Gst.init(None)

    factory = GstRtspServer.RTSPMediaFactory()
    if args.file:
        factory.set_launch(file_launch(args.file))
        factory.connect("media-configure", lambda _f, media: FileLooper(media))
    else:
        factory.set_launch(pattern_launch(args.pattern, args.width, args.height, args.fps))
    # One pipeline for every client, like a camera, and both RTP transports.
    factory.set_shared(True)
    factory.set_protocols(GstRtsp.RTSPLowerTrans.UDP | GstRtsp.RTSPLowerTrans.TCP)

    server = GstRtspServer.RTSPServer()
    server.set_address(args.address)
    server.set_service(str(args.port))
    server.get_mount_points().add_factory(args.path, factory)
    if server.attach(None) == 0:
        print(f"could not listen on {args.address}:{args.port}", file=sys.stderr, flush=True)
        return 1

    loop = GLib.MainLoop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signum, lambda: loop.quit() or False)
    print(f"READY rtsp://{args.address}:{args.port}{args.path}", flush=True)
    loop.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
