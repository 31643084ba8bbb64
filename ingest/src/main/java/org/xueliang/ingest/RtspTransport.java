package org.xueliang.ingest;

/** RTP transport negotiated in RTSP SETUP. */
public enum RtspTransport {
    TCP, UDP
}
