package org.xueliang.alerts.gb;

/** How a GB28181 device talks SIP to the server. */
public enum SipTransport {
    UDP,
    /** The device keeps its connection open; requests to it go over that connection. */
    TCP
}
