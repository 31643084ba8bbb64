package org.xueliang.sip.transport;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.ExtensionHeaderImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.sip.address.AddressFactory;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;

/** The JAIN-SIP factories of one transport, made directly rather than through the {@code SipFactory} singleton. */
final class SipFactories {
    final AddressFactory addresses = new AddressFactoryImpl();
    final HeaderFactory headers = new HeaderFactoryImpl();
    final MessageFactory messages = new MessageFactoryImpl();

    /**
     * A header from its name and value. Values the stack would parse into a typed header but
     * cannot (the GB/T 28181 {@code Date: 2024-05-01T08:00:00.000}, which is not RFC 1123) are
     * sent verbatim as they are what devices expect.
     */
    Header header(String name, String value) {
        try {
            return headers.createHeader(name, value);
        } catch (ParseException e) {
            ExtensionHeaderImpl verbatim = new ExtensionHeaderImpl(name);
            verbatim.setValue(value);
            return verbatim;
        }
    }

    /** {@code Application/MANSCDP+xml} and the like, split into type and subtype. */
    ContentTypeHeader contentType(String value) throws ParseException {
        String[] parts = value.split(";", 2)[0].strip().split("/", 2);
        if (parts.length != 2) {
            throw new ParseException("Content-Type must be type/subtype, got " + value, 0);
        }
        return headers.createContentTypeHeader(parts[0], parts[1]);
    }

    /** The first value of every header of a message by lower-case name. */
    static Map<String, String> headerValues(Message message) {
        Map<String, String> values = new HashMap<>();
        for (Iterator<?> names = message.getHeaderNames(); names.hasNext(); ) {
            String name = (String) names.next();
            if (message.getHeader(name) instanceof SIPHeader header) {
                values.putIfAbsent(name.toLowerCase(Locale.ROOT), header.getHeaderValue().strip());
            }
        }
        return values;
    }
}
