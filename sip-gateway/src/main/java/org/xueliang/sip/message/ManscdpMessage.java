package org.xueliang.sip.message;

/**
 * A decoded MANSCDP body (GB/T 28181 appendix A), carried in SIP MESSAGE, NOTIFY and SUBSCRIBE
 * requests. Produced by {@link ManscdpParser}, written by {@link ManscdpWriter}.
 */
public sealed interface ManscdpMessage
        permits Keepalive, CatalogQuery, CatalogResponse, DeviceInfoQuery, DeviceInfoResponse,
                DeviceStatusQuery, DeviceStatusResponse, AlarmNotify, AlarmQuery, MobilePositionQuery,
                GenericResponse, DeviceControl, UnknownMessage {

    /** The root element: Query, Notify, Response or Control. */
    ManscdpRoot root();

    /** The {@code CmdType}, exactly as the standard spells it. */
    String cmdType();

    /** The {@code SN} sequence number; -1 only for an {@link UnknownMessage} without a readable one. */
    long sn();

    /** The {@code DeviceID} the message is about (null only for an {@link UnknownMessage} without one). */
    String deviceId();
}
