package org.xueliang.simulator.manscdp;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads MANSCDP bodies sent by the platform. Bytes are decoded as GB18030 (a superset of GB2312
 * and GBK) unless the prolog declares UTF-8; a bare {@code &} is escaped before parsing because
 * some platforms do not escape names; DTDs and external entities are refused.
 */
public final class ManscdpReader {

    private static final Pattern PROLOG = Pattern.compile("^\\s*<\\?xml[^>]*\\?>");
    private static final Pattern UTF8 = Pattern.compile("encoding\\s*=\\s*[\"']utf-?8[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_AMPERSAND =
            Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)");
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Without it the JDK parser prints "[Fatal Error]" lines to stderr before throwing. */
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a body unusable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final DocumentBuilderFactory factory;

    public ManscdpReader() {
        factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a hardening feature", e);
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
    }

    public ManscdpMessage read(byte[] body) {
        String text = decode(body);
        Matcher prolog = PROLOG.matcher(text);
        String xml = BARE_AMPERSAND.matcher(prolog.find() ? text.substring(prolog.end()) : text).replaceAll("&amp;");
        Element root = parseRoot(xml);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                fields.putIfAbsent(element.getTagName(), element.getTextContent().strip());
            }
        }
        String cmdType = required(fields, "CmdType", root);
        return new ManscdpMessage(root.getTagName(), cmdType, parseSn(fields.get("SN")),
                fields.getOrDefault("DeviceID", ""), fields);
    }

    static String decode(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 100), StandardCharsets.ISO_8859_1);
        Matcher prolog = PROLOG.matcher(head);
        boolean utf8 = prolog.find() && UTF8.matcher(prolog.group()).find();
        return new String(body, utf8 ? StandardCharsets.UTF_8 : GB18030);
    }

    private Element parseRoot(String xml) {
        try {
            DocumentBuilder builder;
            synchronized (factory) { // JAXP factories are not thread-safe; builders made from one are independent
                builder = factory.newDocumentBuilder();
            }
            builder.setErrorHandler(THROWING);
            return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ManscdpException("MANSCDP body is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> fields, String name, Element root) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new ManscdpException("MANSCDP <" + root.getTagName() + "> has no <" + name + ">");
        }
        return value;
    }

    private static long parseSn(String sn) {
        if (sn == null || sn.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(sn);
        } catch (NumberFormatException e) {
            throw new ManscdpException("MANSCDP <SN> must be an integer, got '" + sn + "'");
        }
    }
}
