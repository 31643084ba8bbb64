package org.xueliang.simulator.device;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers a fleet: device N gets the first device ID with its 6-digit serial increased by N;
 * channels take the device's centre code and network digit with type 131 (camera) and a serial
 * counting all channels of the fleet. Names are Chinese place names, as in a county's catalog.
 */
public final class DeviceIds {

    private static final String CAMERA_TYPE = "131";
    private static final String[] PLACES = {"东门口", "西门口", "南大街", "北广场", "学校正门", "农贸市场",
        "卫生院", "派出所门口", "十字路口", "烟花仓库", "镇政府", "客运站"};

    private DeviceIds() {
    }

    /** Checks a 20-digit ID, naming what is wrong. */
    public static void requireValid(String id, String what) {
        if (id == null || !id.matches("\\d{20}")) {
            throw new IllegalArgumentException(what + " must be 20 digits, got '" + id + "'");
        }
    }

    /** Fails when the serials or channel IDs of such a fleet would overflow or collide. */
    public static void validate(String firstDeviceId, int devices, int channelsPerDevice) {
        requireValid(firstDeviceId, "first device ID");
        if (firstDeviceId.substring(10, 13).equals(CAMERA_TYPE)) {
            throw new IllegalArgumentException("first device ID type (digits 11-13) must not be 131: channels use "
                    + "131, so device and channel IDs would collide; got " + firstDeviceId);
        }
        long firstSerial = Long.parseLong(firstDeviceId.substring(14));
        if (firstSerial + devices - 1 > 999_999) {
            throw new IllegalArgumentException("first device serial " + firstSerial + " + " + devices
                    + " devices exceeds the 6-digit serial (999999)");
        }
        if ((long) devices * channelsPerDevice > 999_999) {
            throw new IllegalArgumentException(devices + " devices x " + channelsPerDevice
                    + " channels exceeds 999999 channel serials");
        }
    }

    /** The fleet's devices, numbered from {@code firstDeviceId}. */
    public static List<DeviceIdentity> fleet(String firstDeviceId, int devices, int channelsPerDevice) {
        validate(firstDeviceId, devices, channelsPerDevice);
        long firstSerial = Long.parseLong(firstDeviceId.substring(14));
        List<DeviceIdentity> fleet = new ArrayList<>(devices);
        String prefix = firstDeviceId.substring(0, 14);
        String channelPrefix = firstDeviceId.substring(0, 10) + CAMERA_TYPE + firstDeviceId.charAt(13);
        for (int d = 0; d < devices; d++) {
            List<Channel> channels = new ArrayList<>(channelsPerDevice);
            for (int c = 0; c < channelsPerDevice; c++) {
                int index = d * channelsPerDevice + c;
                channels.add(channel(channelPrefix + String.format("%06d", index + 1), index));
            }
            fleet.add(new DeviceIdentity(prefix + String.format("%06d", firstSerial + d), channels));
        }
        return fleet;
    }

    private static Channel channel(String id, int index) {
        String place = PLACES[index % PLACES.length];
        int number = index / PLACES.length + 1;
        return new Channel(id, place + number + "号", "雪亮县" + place, 116.3 + (index % 100) * 0.001,
                39.9 + (index / 100 % 100) * 0.001);
    }
}
