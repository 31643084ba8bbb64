package org.xueliang.sip.transport;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import javax.sip.SipStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every SIP message sent and received at trace level under {@code org.xueliang.sip.wire}, for
 * debugging a device by hand. Named in the stack property {@code gov.nist.javax.sip.SERVER_LOGGER}.
 * Authorization headers are masked: their response is derived from the password.
 */
public final class Slf4jMessageLogger implements ServerLogger {
    private static final Logger WIRE = LoggerFactory.getLogger("org.xueliang.sip.wire");

    public Slf4jMessageLogger() {
        // instantiated by the stack
    }

    @Override
    public void closeLogFile() {
        // nothing open
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        log(message, from, to, sender);
    }

    private static void log(SIPMessage message, String from, String to, boolean sender) {
        if (WIRE.isTraceEnabled()) {
            String text = message.encode().replaceAll("(?im)^(Authorization:\\s*Digest).*$", "$1 ***");
            WIRE.trace("{} {} -> {}\n{}", sender ? "sent" : "received", from, to, text);
        }
    }

    @Override
    public void logException(Exception ex) {
        WIRE.debug("JAIN-SIP exception", ex);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // nothing to configure
    }

    @Override
    public void setSipStack(SipStack sipStack) {
        // not needed
    }
}
