package org.xueliang.sip.ptz;

/** Lens movement. */
public enum Zoom {
    NONE, IN, OUT
}
