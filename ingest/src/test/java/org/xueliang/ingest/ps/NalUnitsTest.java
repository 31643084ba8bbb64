package org.xueliang.ingest.ps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NalUnitsTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        // codec, first three header bytes, flags
        "H264, 09F000, DELIMITER",
        "H264, 6764001F, PREFIX",
        "H264, 68EBE3, PREFIX",
        "H264, 06050A, PREFIX",
        "H264, 658884, SLICE FIRST_SLICE KEY",
        "H264, 650884, SLICE KEY",
        "H264, 419A24, SLICE FIRST_SLICE",
        "H264, 019A24, SLICE FIRST_SLICE",
        "H264, 411A24, SLICE",
        "H264, 0C0000, ''",
        "H264, 0B0000, ''",
        "H265, 460150, DELIMITER",
        "H265, 40010C, PREFIX",
        "H265, 420101, PREFIX",
        "H265, 4401C1, PREFIX",
        "H265, 4E0105, PREFIX",
        "H265, 5001FF, ''",
        "H265, 2601AF, SLICE FIRST_SLICE KEY",
        "H265, 28012F, SLICE KEY",
        "H265, 2A01AF, SLICE FIRST_SLICE KEY",
        "H265, 0201D0, SLICE FIRST_SLICE",
        "H265, 020150, SLICE",
        "H265, 2E0150, SLICE",
    })
    void classifiesBoundaries(VideoCodec codec, String header, String expected) {
        assertEquals(flags(expected), NalUnits.classify(codec, PsBytes.hex(header), 0));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "6764001F, H264",
        "674D401E, H264",
        "27420029, H264",
        "09F000, H264",
        "40010C, H265",
        "420101, H265",
        "460150, H265",
        "2601AF, H265",
        "2A01AF, H265",
        "658884, ''",
        "419A24, ''",
        "68EBE3, ''",
        "0201D0, ''",
        "67FF0000, ''",
        "FF01FF, ''",
    })
    void sniffsOnlyUnambiguousNalUnits(String header, String expected) {
        VideoCodec codec = expected.isEmpty() ? null : VideoCodec.valueOf(expected);
        assertEquals(codec, NalUnits.sniff(PsBytes.hex(header), 0));
    }

    private static int flags(String names) {
        int flags = 0;
        for (String name : names.split(" ")) {
            flags |= switch (name) {
                case "DELIMITER" -> NalUnits.DELIMITER;
                case "PREFIX" -> NalUnits.PREFIX;
                case "SLICE" -> NalUnits.SLICE;
                case "FIRST_SLICE" -> NalUnits.FIRST_SLICE;
                case "KEY" -> NalUnits.KEY;
                case "" -> 0;
                default -> throw new IllegalArgumentException(name);
            };
        }
        return flags;
    }
}
