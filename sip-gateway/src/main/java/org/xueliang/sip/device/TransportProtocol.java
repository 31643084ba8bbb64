package org.xueliang.sip.device;

/** The SIP transport a device's packets arrive on, and the one to answer it on. */
public enum TransportProtocol {
    UDP,
    /** Devices behind NAT register over TCP and keep the connection: requests to them go back over it. */
    TCP
}
