package org.xueliang.sip.message;

/** Root element of a MANSCDP body: what kind of message it is. */
public enum ManscdpRoot {
    QUERY("Query"),
    NOTIFY("Notify"),
    RESPONSE("Response"),
    CONTROL("Control");

    private final String element;

    ManscdpRoot(String element) {
        this.element = element;
    }

    /** The element name as written on the wire. */
    public String element() {
        return element;
    }

    /** The root an element name stands for (case-insensitive, some devices write {@code NOTIFY}), or null. */
    static ManscdpRoot ofElement(String name) {
        for (ManscdpRoot root : values()) {
            if (root.element.equalsIgnoreCase(name)) {
                return root;
            }
        }
        return null;
    }
}
