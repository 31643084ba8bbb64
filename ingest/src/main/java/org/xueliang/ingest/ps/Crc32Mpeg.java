package org.xueliang.ingest.ps;

/** CRC-32/MPEG-2 (polynomial 0x04C11DB7, initial value all ones, no reflection), as PSI tables use. */
final class Crc32Mpeg {
    private static final int[] TABLE = table();

    private Crc32Mpeg() {
    }

    static int of(byte[] data, int offset, int length) {
        int crc = 0xFFFFFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ data[i]) & 0xFF];
        }
        return crc;
    }

    private static int[] table() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int crc = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
            table[i] = crc;
        }
        return table;
    }
}
