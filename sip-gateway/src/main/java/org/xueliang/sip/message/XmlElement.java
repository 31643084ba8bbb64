package org.xueliang.sip.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A read-only element of a small XML document: MANSCDP bodies are a few levels deep and a few
 * kilobytes long, so a plain tree is simpler than walking events for every field.
 */
record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children) {

    /**
     * The first child with this name, or null. Names are matched ignoring case because devices
     * write {@code DeviceId} and {@code SUMNUM} as well as the spelling of the standard.
     */
    XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equalsIgnoreCase(childName)) {
                return child;
            }
        }
        return null;
    }

    /** All children with this name, in document order. */
    List<XmlElement> children(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equalsIgnoreCase(childName)) {
                found.add(child);
            }
        }
        return found;
    }

    /** The trimmed text of a child, or null when the child is absent or empty. */
    String childText(String childName) {
        XmlElement child = child(childName);
        if (child == null || child.text.isEmpty()) {
            return null;
        }
        return child.text;
    }
}
