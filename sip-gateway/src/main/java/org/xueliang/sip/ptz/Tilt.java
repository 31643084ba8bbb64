package org.xueliang.sip.ptz;

/** Vertical movement. */
public enum Tilt {
    NONE, UP, DOWN
}
