package org.xueliang.simulator.manscdp;

import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes the MANSCDP bodies a device sends, encoded in the device's charset (GB2312 for most
 * devices in the field) with a matching XML prolog.
 */
public final class ManscdpWriter {

    /** The MIME type devices put in Content-Type; the capital A is what devices send. */
    public static final String CONTENT_TYPE = "Application/MANSCDP+xml";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final Charset charset;

    public ManscdpWriter(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }

    public byte[] keepalive(String deviceId, long sn) {
        return document("Notify", "Keepalive", sn, deviceId).element("Status", "OK").end();
    }

    /** One packet of a Catalog answer: {@code SumNum} is the total over all packets. */
    public byte[] catalogResponse(String deviceId, long sn, int sumNum, List<CatalogItem> items) {
        Xml xml = document("Response", "Catalog", sn, deviceId)
                .element("SumNum", sumNum)
                .open("DeviceList Num=\"" + items.size() + "\"");
        for (CatalogItem item : items) {
            catalogItem(xml, item);
        }
        return xml.close("DeviceList").end();
    }

    private static void catalogItem(Xml xml, CatalogItem item) {
        xml.open("Item")
                .element("DeviceID", item.deviceId())
                .element("Name", item.name())
                .element("Manufacturer", item.manufacturer())
                .element("Model", item.model())
                .element("Owner", item.owner())
                .element("CivilCode", item.civilCode())
                .element("Address", item.address())
                .element("Parental", 0)
                .element("ParentID", item.parentId())
                .element("SafetyWay", 0)
                .element("RegisterWay", 1)
                .element("Secrecy", 0)
                .element("Status", item.online() ? "ON" : "OFF")
                .element("Longitude", String.format(Locale.ROOT, "%.6f", item.longitude()))
                .element("Latitude", String.format(Locale.ROOT, "%.6f", item.latitude()))
                .open("Info")
                .element("PTZType", item.ptzType())
                .close("Info")
                .close("Item");
    }

    public byte[] deviceInfo(String deviceId, long sn, DeviceInfo info) {
        return document("Response", "DeviceInfo", sn, deviceId)
                .element("DeviceName", info.deviceName())
                .element("Result", "OK")
                .element("Manufacturer", info.manufacturer())
                .element("Model", info.model())
                .element("Firmware", info.firmware())
                .element("Channel", info.channels())
                .end();
    }

    public byte[] deviceStatus(String deviceId, long sn, LocalDateTime deviceTime) {
        return document("Response", "DeviceStatus", sn, deviceId)
                .element("Result", "OK")
                .element("Online", "ONLINE")
                .element("Status", "OK")
                .element("Encode", "ON")
                .element("Record", "OFF")
                .element("DeviceTime", TIME.format(deviceTime))
                .open("Alarmstatus Num=\"0\"")
                .close("Alarmstatus")
                .end();
    }

    public byte[] alarm(long sn, AlarmNotice alarm) {
        return document("Notify", "Alarm", sn, alarm.deviceId())
                .element("AlarmPriority", alarm.priority())
                .element("AlarmMethod", alarm.method())
                .element("AlarmTime", TIME.format(alarm.time()))
                .element("AlarmDescription", alarm.description())
                .element("Longitude", String.format(Locale.ROOT, "%.6f", alarm.longitude()))
                .element("Latitude", String.format(Locale.ROOT, "%.6f", alarm.latitude()))
                .open("Info")
                .element("AlarmType", alarm.alarmType())
                .close("Info")
                .end();
    }

    private Xml document(String root, String cmdType, long sn, String deviceId) {
        return new Xml(root, charset).element("CmdType", cmdType).element("SN", sn).element("DeviceID", deviceId);
    }

    /** Appends indented elements; text is escaped so that names with {@code &} or {@code <} stay well-formed. */
    private static final class Xml {
        private final StringBuilder text = new StringBuilder(512);
        private final String root;
        private final Charset charset;
        private int depth = 1;

        Xml(String root, Charset charset) {
            this.root = root;
            this.charset = charset;
            text.append("<?xml version=\"1.0\" encoding=\"").append(charset.name()).append("\"?>\r\n")
                    .append('<').append(root).append(">\r\n");
        }

        Xml element(String name, Object value) {
            indent().append('<').append(name).append('>').append(escape(String.valueOf(value)))
                    .append("</").append(name).append(">\r\n");
            return this;
        }

        Xml open(String tagWithAttributes) {
            indent().append('<').append(tagWithAttributes).append(">\r\n");
            depth++;
            return this;
        }

        Xml close(String name) {
            depth--;
            indent().append("</").append(name).append(">\r\n");
            return this;
        }

        byte[] end() {
            text.append("</").append(root).append(">\r\n");
            return text.toString().getBytes(charset);
        }

        private StringBuilder indent() {
            return text.append("  ".repeat(depth));
        }

        private static String escape(String value) {
            return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
