package org.xueliang.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated fixtures: whatever a device sends, the parser returns a message or a ManscdpParseException, nothing else. */
class ManscdpParserFuzzTest {
    private static final List<String> SEEDS = List.of("catalog-3-packets/1.xml", "gb2312-names/catalog.xml",
            "utf8-prolog/catalog.xml", "unescaped-ampersand/catalog.xml", "alarm-notify/intrusion.xml",
            "device-status/response.xml", "keepalive/keepalive.xml", "xxe/external-entity.xml");
    private static final byte[] INTERESTING = "<>&;/=\"'!?[]#x\u0000\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Test
    void mutatedBodiesNeverEscapeAsOtherExceptions() {
        Random random = new Random(28181);
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < 4000; i++) {
            byte[] body = mutate(Fixtures.bytes(SEEDS.get(random.nextInt(SEEDS.size()))), random);
            try {
                assertThat(ManscdpParser.parse(body, null)).isNotNull();
                parsed++;
            } catch (ManscdpParseException e) {
                assertThat(e.getMessage()).isNotBlank();
                refused++;
            }
        }
        // Both outcomes must occur, or the mutations are too weak (or too strong) to test anything.
        assertThat(parsed).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    private static byte[] mutate(byte[] body, Random random) {
        byte[] out = body.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && out.length > 1; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                case 2 -> out = Arrays.copyOf(out, at);
                default -> {
                    byte[] longer = new byte[out.length + 1];
                    System.arraycopy(out, 0, longer, 0, at);
                    longer[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                    System.arraycopy(out, at, longer, at + 1, out.length - at);
                    out = longer;
                }
            }
        }
        return out;
    }
}
