package org.xueliang.sip.register;

import org.xueliang.sip.device.DeviceAddress;

/**
 * What the REGISTER handler needs from a received REGISTER.
 *
 * @param deviceId      user part of the From URI: the device ID
 * @param callId        Call-ID; a refresh keeps it, a rebooted device brings a new one
 * @param expires       the Expires header (or Contact expires parameter) in seconds, null when absent
 * @param authorization value of the Authorization header without the header name, null when absent
 * @param gbVersion     value of {@code X-GB-Ver}, null when absent
 * @param source        where the packet came from (Via received/rport), not the Contact
 */
public record RegisterRequest(String deviceId, String callId, Integer expires, String authorization,
                              String gbVersion, DeviceAddress source) {
}
