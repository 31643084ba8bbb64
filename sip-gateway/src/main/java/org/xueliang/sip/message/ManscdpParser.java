package org.xueliang.sip.message;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decodes MANSCDP bodies (GB/T 28181 appendix A) into {@link ManscdpMessage} records. Pure and
 * thread-safe. Tolerates what devices really send (GB2312 without a prolog, a bare {@code &} in a
 * name, odd capitalisation of element names) and refuses DTDs and external entities.
 */
public final class ManscdpParser {
    // A '&' that does not start one of the five predefined entities or a character reference:
    // devices put them unescaped in names ("Gate A&B"). Other entities cannot be declared without a DTD.
    private static final Pattern STRAY_AMPERSAND =
            Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)");

    private static final List<String> KNOWN_COMMANDS =
            List.of("Keepalive", "Catalog", "DeviceInfo", "DeviceStatus", "Alarm", "MobilePosition", "DeviceControl");

    private ManscdpParser() {
    }

    /**
     * Parses a body.
     *
     * @param body       the bytes of the SIP body
     * @param hintOrNull a charset from {@code Content-Type} or known for the device, used only when
     *                   the body declares none (see {@link BodyCharset#detect})
     * @return the message; an {@link UnknownMessage} for a command the gateway does not handle
     * @throws ManscdpParseException when the body is not well-formed, holds a DTD, or lacks a required field
     */
    public static ManscdpMessage parse(byte[] body, Charset hintOrNull) {
        Charset charset = BodyCharset.detect(body, hintOrNull);
        int skip = BodyCharset.hasUtf8Bom(body) ? 3 : 0;
        String text = BodyCharset.decode(body, skip, body.length - skip, charset);
        return parse(text);
    }

    /** Parses a body already decoded to text; an encoding in its prolog is ignored. */
    public static ManscdpMessage parse(String text) {
        if (text.isBlank()) {
            throw new ManscdpParseException("MANSCDP body: empty");
        }
        XmlElement root = SafeXmlReader.read(STRAY_AMPERSAND.matcher(text).replaceAll("&amp;"));
        if (root == null) {
            throw new ManscdpParseException("MANSCDP body: no root element");
        }
        ManscdpRoot kind = ManscdpRoot.ofElement(root.name());
        if (kind == null) {
            throw new ManscdpParseException("MANSCDP body: root element must be Query, Notify, Response or Control, got <"
                    + root.name() + ">");
        }
        String sent = root.childText("CmdType");
        if (sent == null) {
            throw new ManscdpParseException("MANSCDP body: <" + root.name() + "> has no CmdType");
        }
        String cmdType = spelling(sent);
        return switch (kind) {
            case NOTIFY -> notify(cmdType, root);
            case QUERY -> query(cmdType, root);
            case RESPONSE -> response(cmdType, root);
            case CONTROL -> control(cmdType, root);
        };
    }

    /** The standard's spelling of a command type sent in another case, or the command type as sent. */
    private static String spelling(String cmdType) {
        for (String known : KNOWN_COMMANDS) {
            if (known.equalsIgnoreCase(cmdType)) {
                return known;
            }
        }
        return cmdType;
    }

    private static ManscdpMessage notify(String cmdType, XmlElement root) {
        if (cmdType.equals("Keepalive")) {
            Fields f = new Fields("Keepalive", root);
            return new Keepalive(f.requiredLong("SN"), f.required("DeviceID"), f.text("Status"));
        }
        if (cmdType.equals("Alarm")) {
            return alarmNotify(new Fields("Alarm notify", root), root);
        }
        return unknown(ManscdpRoot.NOTIFY, cmdType, root);
    }

    private static ManscdpMessage query(String cmdType, XmlElement root) {
        Fields f = new Fields(cmdType + " query", root);
        return switch (cmdType) {
            case "Catalog" -> new CatalogQuery(f.requiredLong("SN"), f.required("DeviceID"));
            case "DeviceInfo" -> new DeviceInfoQuery(f.requiredLong("SN"), f.required("DeviceID"));
            case "DeviceStatus" -> new DeviceStatusQuery(f.requiredLong("SN"), f.required("DeviceID"));
            case "Alarm" -> new AlarmQuery(f.requiredLong("SN"), f.required("DeviceID"),
                    f.requiredInt("StartAlarmPriority", 0, 4), f.requiredInt("EndAlarmPriority", 0, 4),
                    f.text("AlarmMethod"), f.lenientTime("StartAlarmTime"), f.lenientTime("EndAlarmTime"));
            case "MobilePosition" -> new MobilePositionQuery(f.requiredLong("SN"), f.required("DeviceID"),
                    f.optionalInt("Interval"));
            default -> unknown(ManscdpRoot.QUERY, cmdType, root);
        };
    }

    private static ManscdpMessage response(String cmdType, XmlElement root) {
        Fields f = new Fields(cmdType + " response", root);
        return switch (cmdType) {
            case "Catalog" -> catalogResponse(f, root);
            case "DeviceInfo" -> new DeviceInfoResponse(f.requiredLong("SN"), f.required("DeviceID"), f.text("Result"),
                    f.text("DeviceName"), f.text("Manufacturer"), f.text("Model"), f.text("Firmware"),
                    f.optionalInt("Channel"));
            case "DeviceStatus" -> new DeviceStatusResponse(f.requiredLong("SN"), f.required("DeviceID"),
                    f.text("Result"), f.text("Online"), f.text("Status"), f.text("Record"), alarmInputs(root));
            default -> root.childText("Result") != null
                    ? new GenericResponse(cmdType, f.requiredLong("SN"), f.required("DeviceID"), f.text("Result"))
                    : unknown(ManscdpRoot.RESPONSE, cmdType, root);
        };
    }

    private static ManscdpMessage control(String cmdType, XmlElement root) {
        if (cmdType.equals("DeviceControl")) {
            Fields f = new Fields("DeviceControl", root);
            return new DeviceControl(f.requiredLong("SN"), f.required("DeviceID"), f.text("PTZCmd"));
        }
        return unknown(ManscdpRoot.CONTROL, cmdType, root);
    }

    private static AlarmNotify alarmNotify(Fields f, XmlElement root) {
        XmlElement info = root.child("Info");
        Integer alarmType = info == null ? null : new Fields("Alarm notify Info", info).lenientInt("AlarmType");
        return new AlarmNotify(f.requiredLong("SN"), f.required("DeviceID"), f.requiredInt("AlarmPriority", 1, 4),
                f.requiredInt("AlarmMethod", 0, Integer.MAX_VALUE), f.lenientTime("AlarmTime"),
                f.text("AlarmDescription"), f.lenientDouble("Longitude"), f.lenientDouble("Latitude"), alarmType);
    }

    private static CatalogResponse catalogResponse(Fields f, XmlElement root) {
        long sn = f.requiredLong("SN");
        String deviceId = f.required("DeviceID");
        int sumNum = f.requiredInt("SumNum", 0, Integer.MAX_VALUE);
        // DeviceList/@Num is ignored: devices miscount it, and SumNum with the items themselves suffice.
        XmlElement list = root.child("DeviceList");
        List<CatalogItem> items = new ArrayList<>();
        if (list != null) {
            List<XmlElement> elements = list.children("Item");
            for (int i = 0; i < elements.size(); i++) {
                items.add(catalogItem(new Fields(f.context() + " Item " + (i + 1), elements.get(i)), elements.get(i)));
            }
        }
        return new CatalogResponse(sn, deviceId, sumNum, items);
    }

    // Optional numbers of an item are read leniently: one bad coordinate must not drop a catalog of channels.
    private static CatalogItem catalogItem(Fields f, XmlElement item) {
        XmlElement info = item.child("Info");
        Integer ptzType = f.lenientInt("PTZType");
        if (ptzType == null && info != null) {
            ptzType = new Fields(f.context() + " Info", info).lenientInt("PTZType");
        }
        return new CatalogItem(f.required("DeviceID"), f.text("Name"), f.text("Manufacturer"), f.text("Model"),
                f.text("Owner"), f.text("CivilCode"), f.text("Block"), f.text("Address"), f.lenientInt("Parental"),
                f.text("ParentID"), f.text("BusinessGroupID"), f.lenientInt("RegisterWay"), f.lenientInt("Secrecy"),
                f.text("IPAddress"), f.lenientInt("Port"), f.text("Status"), f.lenientDouble("Longitude"),
                f.lenientDouble("Latitude"), ptzType);
    }

    private static List<AlarmInputStatus> alarmInputs(XmlElement root) {
        XmlElement list = root.child("Alarmstatus");
        List<AlarmInputStatus> inputs = new ArrayList<>();
        if (list != null) {
            for (XmlElement item : list.children("Item")) {
                inputs.add(new AlarmInputStatus(item.childText("DeviceID"), item.childText("DutyStatus")));
            }
        }
        return inputs;
    }

    private static UnknownMessage unknown(ManscdpRoot root, String cmdType, XmlElement element) {
        String sn = element.childText("SN");
        long number = -1;
        try {
            number = sn == null ? -1 : Long.parseLong(sn);
        } catch (NumberFormatException e) {
            // An unhandled command is answered 200 and dropped; its SN is informative only.
        }
        return new UnknownMessage(root, cmdType, number, element.childText("DeviceID"));
    }
}
