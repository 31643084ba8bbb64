package org.xueliang.sip.ptz;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The 8-byte front-end control command of GB/T 28181 appendix A, sent as 16 hex digits in
 * {@code <PTZCmd>}: {@code A5 0F}, address low byte, instruction, data 1, data 2,
 * {@code data 3 << 4 | address high nibble}, checksum (sum of the first seven bytes mod 256).
 *
 * <p>For movements data 1 is the pan speed, data 2 the tilt speed and data 3 the zoom speed; for
 * presets data 2 is the preset number.
 *
 * @param address     device address, 0 to 4095; most devices ignore it
 * @param instruction instruction byte: direction and zoom bits, or 0x81/0x82/0x83 for presets
 * @param data1       byte 5, 0 to 255
 * @param data2       byte 6, 0 to 255
 * @param data3       high nibble of byte 7, 0 to 15
 */
public record PtzCommand(int address, int instruction, int data1, int data2, int data3) {
    /** The address common platforms send; devices answer to any. */
    public static final int DEFAULT_ADDRESS = 1;

    static final int RIGHT = 0x01;
    static final int LEFT = 0x02;
    static final int DOWN = 0x04;
    static final int UP = 0x08;
    static final int ZOOM_IN = 0x10;
    static final int ZOOM_OUT = 0x20;
    static final int PRESET_SET = 0x81;
    static final int PRESET_CALL = 0x82;
    static final int PRESET_DELETE = 0x83;

    private static final int FIRST = 0xA5;
    // High nibble: version 0; low nibble: (0xA + 0x5 + version) mod 16.
    private static final int SECOND = 0x0F;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    public PtzCommand {
        check("address", address, 0xFFF);
        check("instruction", instruction, 0xFF);
        check("data 1", data1, 0xFF);
        check("data 2", data2, 0xFF);
        check("data 3", data3, 0xF);
    }

    /**
     * A movement; speeds apply to the axes that move.
     *
     * @param panSpeed  0 to 255
     * @param tiltSpeed 0 to 255
     * @param zoomSpeed 0 to 15
     */
    public static PtzCommand move(Pan pan, Tilt tilt, Zoom zoom, int panSpeed, int tiltSpeed, int zoomSpeed) {
        check("pan speed", panSpeed, 0xFF);
        check("tilt speed", tiltSpeed, 0xFF);
        check("zoom speed", zoomSpeed, 0xF);
        int bits = switch (pan) {
            case LEFT -> LEFT;
            case RIGHT -> RIGHT;
            case NONE -> 0;
        };
        bits |= switch (tilt) {
            case UP -> UP;
            case DOWN -> DOWN;
            case NONE -> 0;
        };
        bits |= switch (zoom) {
            case IN -> ZOOM_IN;
            case OUT -> ZOOM_OUT;
            case NONE -> 0;
        };
        return new PtzCommand(DEFAULT_ADDRESS, bits, panSpeed, tiltSpeed, zoomSpeed);
    }

    /** Stops every movement: all command and data bytes zero. */
    public static PtzCommand stop() {
        return new PtzCommand(DEFAULT_ADDRESS, 0, 0, 0, 0);
    }

    /** Stores the current position as preset {@code number} (1 to 255). */
    public static PtzCommand presetSet(int number) {
        return preset(PRESET_SET, number);
    }

    /** Moves to preset {@code number} (1 to 255). */
    public static PtzCommand presetCall(int number) {
        return preset(PRESET_CALL, number);
    }

    /** Deletes preset {@code number} (1 to 255). */
    public static PtzCommand presetDelete(int number) {
        return preset(PRESET_DELETE, number);
    }

    private static PtzCommand preset(int instruction, int number) {
        if (number < 1 || number > 255) {
            throw new IllegalArgumentException("preset number must be 1 to 255, got " + number);
        }
        return new PtzCommand(DEFAULT_ADDRESS, instruction, 0, number, 0);
    }

    /** The same command for another device address. */
    public PtzCommand withAddress(int newAddress) {
        return new PtzCommand(newAddress, instruction, data1, data2, data3);
    }

    /** The 8 bytes. */
    public byte[] toBytes() {
        int[] b = {FIRST, SECOND, address & 0xFF, instruction, data1, data2, (data3 << 4) | (address >> 8), 0};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += b[i];
        }
        b[7] = sum & 0xFF;
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) b[i];
        }
        return bytes;
    }

    /** The 16 upper-case hex digits for {@code <PTZCmd>}. */
    public String toHex() {
        return HEX.formatHex(toBytes());
    }

    /**
     * Reads a {@code <PTZCmd>} value.
     *
     * @throws PtzParseException when it is not 16 hex digits, does not start with A50F, or the checksum is wrong
     */
    public static PtzCommand decode(String hex) {
        String text = hex == null ? "" : hex.strip();
        if (text.length() != 16 || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new PtzParseException("PTZCmd must be 16 hex digits, got \"" + hex + "\"");
        }
        byte[] bytes = HEX.parseHex(text.toUpperCase(Locale.ROOT));
        int[] b = new int[8];
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            b[i] = bytes[i] & 0xFF;
            sum += i < 7 ? b[i] : 0;
        }
        if (b[0] != FIRST || b[1] != SECOND) {
            throw new PtzParseException(String.format("PTZCmd must start with A50F, got %02X%02X", b[0], b[1]));
        }
        if ((sum & 0xFF) != b[7]) {
            throw new PtzParseException(String.format("PTZCmd checksum must be %02X, got %02X", sum & 0xFF, b[7]));
        }
        return new PtzCommand(((b[6] & 0x0F) << 8) | b[2], b[3], b[4], b[5], b[6] >> 4);
    }

    /** Horizontal movement of a movement command. */
    public Pan pan() {
        if (isPreset()) {
            return Pan.NONE;
        }
        return (instruction & LEFT) != 0 ? Pan.LEFT : (instruction & RIGHT) != 0 ? Pan.RIGHT : Pan.NONE;
    }

    /** Vertical movement of a movement command. */
    public Tilt tilt() {
        if (isPreset()) {
            return Tilt.NONE;
        }
        return (instruction & UP) != 0 ? Tilt.UP : (instruction & DOWN) != 0 ? Tilt.DOWN : Tilt.NONE;
    }

    /** Lens movement of a movement command. */
    public Zoom zoom() {
        if (isPreset()) {
            return Zoom.NONE;
        }
        return (instruction & ZOOM_IN) != 0 ? Zoom.IN : (instruction & ZOOM_OUT) != 0 ? Zoom.OUT : Zoom.NONE;
    }

    /** True for the all-zero stop command. */
    public boolean isStop() {
        return instruction == 0 && data1 == 0 && data2 == 0 && data3 == 0;
    }

    /** True for preset set, call and delete. */
    public boolean isPreset() {
        return instruction == PRESET_SET || instruction == PRESET_CALL || instruction == PRESET_DELETE;
    }

    private static void check(String what, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("PTZ " + what + " must be 0 to " + max + ", got " + value);
        }
    }
}
