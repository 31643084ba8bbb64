/**
 * Live media of a simulated device: SDP offer/answer, the ffmpeg encoder child process,
 * Annex-B access-unit splitting, MPEG-PS muxing and RTP packetisation over UDP or TCP (RFC 4571).
 */
package org.xueliang.simulator.media;
