package org.xueliang.sip.device;

import java.util.Locale;

/**
 * Where a device is reachable: the source of its last packet (Via received/rport), not its
 * Contact header, which behind NAT names a private address.
 *
 * @param host      IP address the packet came from
 * @param port      source port, 1 to 65535
 * @param transport UDP or TCP
 */
public record DeviceAddress(String host, int port, TransportProtocol transport) {
    public DeviceAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("device address: host must not be empty, got \"" + host + "\"");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("device address: port must be 1 to 65535, got " + port);
        }
        if (transport == null) {
            throw new IllegalArgumentException("device address: transport must be UDP or TCP, got nothing");
        }
    }

    @Override
    public String toString() {
        return transport.name().toLowerCase(Locale.ROOT) + "://" + host + ":" + port;
    }
}
