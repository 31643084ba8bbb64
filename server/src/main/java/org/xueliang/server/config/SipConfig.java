package org.xueliang.server.config;

/**
 * The GB28181 SIP server side. Only validated for now; the gateway that uses it comes later.
 *
 * @param enabled  start the SIP server (default false)
 * @param id       the server's 20-digit GB28181 id, required when enabled
 * @param domain   the 10-digit SIP domain, required when enabled
 * @param password password devices register with, required when enabled
 * @param port     SIP port, UDP and TCP, 1..65535 (default 5060)
 */
public record SipConfig(boolean enabled, String id, String domain, String password, int port) {
    @Override
    public String toString() {
        return "SipConfig[enabled=" + enabled + ", id=" + id + ", domain=" + domain
                + ", password=" + Secrets.mask(password) + ", port=" + port + "]";
    }
}
