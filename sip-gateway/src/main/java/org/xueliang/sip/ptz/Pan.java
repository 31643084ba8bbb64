package org.xueliang.sip.ptz;

/** Horizontal movement. */
public enum Pan {
    NONE, LEFT, RIGHT
}
