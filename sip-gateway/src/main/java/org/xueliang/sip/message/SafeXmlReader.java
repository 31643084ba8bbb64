package org.xueliang.sip.message;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a small XML document into {@link XmlElement}s with StAX, refusing any DTD: a DOCTYPE is
 * where external entities and entity expansion attacks live, and MANSCDP never needs one.
 */
final class SafeXmlReader {
    static final int MAX_DEPTH = 32;

    // The StAX specification does not promise that a factory may be shared between threads.
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXmlReader::hardened);

    private SafeXmlReader() {
    }

    private static XMLInputFactory hardened() {
        // The JDK's own implementation, whatever else is on the class path, so these settings are known to apply.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /** Parses a whole document and returns its root element. */
    static XmlElement read(String text) {
        // Refused before parsing so that a hostile DTD is never even scanned; the DTD event check
        // below still guards the parser itself.
        if (text.contains("<!DOCTYPE")) {
            throw new ManscdpParseException("MANSCDP body: DOCTYPE is not allowed");
        }
        XMLStreamReader reader;
        try {
            reader = FACTORY.get().createXMLStreamReader(new StringReader(text));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        try {
            return readRoot(reader);
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (ManscdpParseException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK parser throws unchecked exceptions on some broken input (a MissingResourceException
            // for a bad character in a DTD has been seen); that input is malformed like any other.
            throw new ManscdpParseException("MANSCDP body: malformed XML" + at(reader) + ": " + e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static XmlElement readRoot(XMLStreamReader reader) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new ManscdpParseException("MANSCDP body: DOCTYPE is not allowed");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new ManscdpParseException(
                        "MANSCDP body: entity reference &" + reader.getLocalName() + "; is not allowed" + at(reader));
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() == MAX_DEPTH) {
                        throw new ManscdpParseException("MANSCDP body: elements nested deeper than " + MAX_DEPTH
                                + " levels" + at(reader));
                    }
                    open.push(new Builder(reader.getLocalName(), attributes(reader)));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
                default -> {
                    // comments, processing instructions and the document end carry nothing for MANSCDP
                }
            }
        }
        return root;
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static String at(XMLStreamReader reader) {
        return " at line " + reader.getLocation().getLineNumber() + ", column " + reader.getLocation().getColumnNumber();
    }

    private static ManscdpParseException malformed(XMLStreamException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; the location is reported separately.
        int marker = detail.indexOf("Message: ");
        if (marker >= 0) {
            detail = detail.substring(marker + "Message: ".length());
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        return new ManscdpParseException("MANSCDP body: malformed XML" + where + ": " + detail.trim());
    }

    private static void closeQuietly(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing a reader over a String releases nothing that could fail in a way worth reporting.
        }
    }

    private static final class Builder {
        private final String name;
        private final Map<String, String> attributes;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        Builder(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        XmlElement build() {
            return new XmlElement(name, Map.copyOf(attributes), text.toString().trim(), List.copyOf(children));
        }
    }
}
