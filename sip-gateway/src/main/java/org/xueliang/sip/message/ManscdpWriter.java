package org.xueliang.sip.message;

import java.nio.charset.Charset;

/**
 * Builds MANSCDP bodies as bytes in the charset the device reads (usually GB2312), with a prolog
 * naming it. Every {@link ManscdpMessage} can be written, so what the parser reads, the writer
 * can produce, and the other way round.
 */
public final class ManscdpWriter {
    /** Control priority sent with PTZ commands: 5 is the lowest, leaving operators at a keyboard in charge. */
    static final int CONTROL_PRIORITY = 5;

    private ManscdpWriter() {
    }

    /** {@code <Query><CmdType>Catalog</CmdType>}. */
    public static byte[] catalogQuery(long sn, String deviceId, Charset charset) {
        return write(new CatalogQuery(sn, deviceId), charset);
    }

    /** The body of a SUBSCRIBE with {@code Event: Catalog}: the catalog query itself. */
    public static byte[] catalogSubscription(long sn, String deviceId, Charset charset) {
        return write(new CatalogQuery(sn, deviceId), charset);
    }

    /** {@code <Query><CmdType>DeviceInfo</CmdType>}. */
    public static byte[] deviceInfoQuery(long sn, String deviceId, Charset charset) {
        return write(new DeviceInfoQuery(sn, deviceId), charset);
    }

    /** {@code <Query><CmdType>DeviceStatus</CmdType>}. */
    public static byte[] deviceStatusQuery(long sn, String deviceId, Charset charset) {
        return write(new DeviceStatusQuery(sn, deviceId), charset);
    }

    /** The body of a SUBSCRIBE with {@code Event: presence} for alarms of every priority and method. */
    public static byte[] alarmSubscription(long sn, String deviceId, Charset charset) {
        return write(new AlarmQuery(sn, deviceId, 1, 4, "0", null, null), charset);
    }

    /** The body of a SUBSCRIBE with {@code Event: presence} for positions every {@code intervalSeconds}. */
    public static byte[] mobilePositionSubscription(long sn, String deviceId, int intervalSeconds, Charset charset) {
        return write(new MobilePositionQuery(sn, deviceId, intervalSeconds), charset);
    }

    /** The platform's {@code <Response><CmdType>Alarm</CmdType><Result>OK</Result>} to an alarm notify. */
    public static byte[] alarmResponse(long sn, String deviceId, Charset charset) {
        return write(new GenericResponse("Alarm", sn, deviceId, "OK"), charset);
    }

    /** {@code <Control><CmdType>DeviceControl</CmdType><PTZCmd>}, the command as 16 hex digits. */
    public static byte[] ptzControl(long sn, String deviceId, String ptzCmdHex, Charset charset) {
        return write(new DeviceControl(sn, deviceId, ptzCmdHex), charset);
    }

    /** Any message, in the element order of the standard. */
    public static byte[] write(ManscdpMessage message, Charset charset) {
        XmlBodyBuilder xml = new XmlBodyBuilder().open(message.root().element())
                .field("CmdType", message.cmdType());
        if (message instanceof CatalogResponse m) {
            catalogResponse(xml, m);
        } else if (message instanceof DeviceStatusResponse m) {
            deviceStatusResponse(xml, m);
        } else if (message instanceof AlarmNotify m) {
            alarmNotify(xml, m);
        } else {
            xml.field("SN", message.sn() < 0 ? null : message.sn()).field("DeviceID", message.deviceId());
            simpleFields(xml, message);
        }
        return xml.close().encode(charset);
    }

    // Java 17 has no pattern switch. Types not listed here (the plain queries, UnknownMessage) carry
    // nothing beyond SN and DeviceID.
    private static void simpleFields(XmlBodyBuilder xml, ManscdpMessage message) {
        if (message instanceof Keepalive m) {
            xml.field("Status", m.status());
        } else if (message instanceof DeviceInfoResponse m) {
            xml.field("Result", m.result()).field("DeviceName", m.deviceName())
                    .field("Manufacturer", m.manufacturer()).field("Model", m.model())
                    .field("Firmware", m.firmware()).field("Channel", m.channel());
        } else if (message instanceof AlarmQuery m) {
            xml.field("StartAlarmPriority", m.startAlarmPriority()).field("EndAlarmPriority", m.endAlarmPriority())
                    .field("AlarmMethod", m.alarmMethod()).field("StartAlarmTime", m.startAlarmTime())
                    .field("EndAlarmTime", m.endAlarmTime());
        } else if (message instanceof MobilePositionQuery m) {
            xml.field("Interval", m.interval());
        } else if (message instanceof GenericResponse m) {
            xml.field("Result", m.result());
        } else if (message instanceof DeviceControl m) {
            xml.field("PTZCmd", m.ptzCmd()).open("Info").field("ControlPriority", CONTROL_PRIORITY).close();
        }
    }

    private static void catalogResponse(XmlBodyBuilder xml, CatalogResponse m) {
        xml.field("SN", m.sn()).field("DeviceID", m.deviceId()).field("SumNum", m.sumNum())
                .open("DeviceList", "Num", m.items().size());
        for (CatalogItem item : m.items()) {
            xml.open("Item").field("DeviceID", item.deviceId()).field("Name", item.name())
                    .field("Manufacturer", item.manufacturer()).field("Model", item.model())
                    .field("Owner", item.owner()).field("CivilCode", item.civilCode()).field("Block", item.block())
                    .field("Address", item.address()).field("Parental", item.parental())
                    .field("ParentID", item.parentId()).field("BusinessGroupID", item.businessGroupId())
                    .field("RegisterWay", item.registerWay()).field("Secrecy", item.secrecy())
                    .field("IPAddress", item.ipAddress()).field("Port", item.port()).field("Status", item.status())
                    .field("Longitude", item.longitude()).field("Latitude", item.latitude());
            if (item.ptzType() != null) {
                xml.open("Info").field("PTZType", item.ptzType()).close();
            }
            xml.close();
        }
        xml.close();
    }

    private static void deviceStatusResponse(XmlBodyBuilder xml, DeviceStatusResponse m) {
        xml.field("SN", m.sn()).field("DeviceID", m.deviceId()).field("Result", m.result())
                .field("Online", m.online()).field("Status", m.status()).field("Record", m.record());
        if (!m.alarmStatus().isEmpty()) {
            xml.open("Alarmstatus", "Num", m.alarmStatus().size());
            for (AlarmInputStatus input : m.alarmStatus()) {
                xml.open("Item").field("DeviceID", input.deviceId()).field("DutyStatus", input.dutyStatus()).close();
            }
            xml.close();
        }
    }

    private static void alarmNotify(XmlBodyBuilder xml, AlarmNotify m) {
        xml.field("SN", m.sn()).field("DeviceID", m.deviceId()).field("AlarmPriority", m.alarmPriority())
                .field("AlarmMethod", m.alarmMethod()).field("AlarmTime", m.alarmTime())
                .field("AlarmDescription", m.alarmDescription()).field("Longitude", m.longitude())
                .field("Latitude", m.latitude());
        if (m.alarmType() != null) {
            xml.open("Info").field("AlarmType", m.alarmType()).close();
        }
    }
}
