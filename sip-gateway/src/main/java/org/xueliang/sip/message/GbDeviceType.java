package org.xueliang.sip.message;

/** Equipment type codes (digits 11 to 13 of an identifier) that the gateway tells apart. */
public enum GbDeviceType {
    DVR(111),
    NVR(118),
    CAMERA(131),
    IP_CAMERA(132),
    ALARM_INPUT(134),
    SIGNALLING_SERVER(200),
    BUSINESS_GROUP(215),
    VIRTUAL_ORGANISATION(216),
    OTHER(-1);

    private final int code;

    GbDeviceType(int code) {
        this.code = code;
    }

    /** The type of a code; codes the standard defines but the gateway does not handle are {@link #OTHER}. */
    public static GbDeviceType of(int code) {
        for (GbDeviceType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return OTHER;
    }

    /** True for equipment that carries video: cameras and recorders. */
    public boolean carriesVideo() {
        return this == DVR || this == NVR || this == CAMERA || this == IP_CAMERA;
    }
}
