package org.xueliang.simulator.sip;

/** A SIP message that cannot be parsed or a header whose value is not what the protocol allows. */
public class SipProtocolException extends RuntimeException {

    public SipProtocolException(String message) {
        super(message);
    }
}
