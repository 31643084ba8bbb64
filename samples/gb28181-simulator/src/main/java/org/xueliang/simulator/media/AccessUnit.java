package org.xueliang.simulator.media;

/** One coded picture in Annex-B form (NAL units with 4-byte start codes). */
public record AccessUnit(byte[] data, boolean keyframe) {
}
