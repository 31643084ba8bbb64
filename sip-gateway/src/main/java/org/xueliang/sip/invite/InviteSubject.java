package org.xueliang.sip.invite;

/**
 * The {@code Subject} header of an INVITE: {@code <channelId>:<ssrc>,<platformId>:0}, media
 * sender first, then the receiver with its stream sequence number.
 *
 * @param channelId  20-digit ID of the channel that sends the video
 * @param ssrc       the SSRC offered in {@code y=}
 * @param platformId 20-digit ID of this platform
 */
public record InviteSubject(String channelId, Ssrc ssrc, String platformId) {

    /** The header value. */
    public String headerValue() {
        return channelId + ":" + ssrc.value() + "," + platformId + ":0";
    }
}
