package org.xueliang.simulator.device;

import java.io.IOException;
import org.xueliang.simulator.sip.SipLink;

/** Gives a device its way to the platform: the shared UDP socket, or a new TCP connection. */
@FunctionalInterface
public interface LinkFactory {

    SipLink open() throws IOException;
}
