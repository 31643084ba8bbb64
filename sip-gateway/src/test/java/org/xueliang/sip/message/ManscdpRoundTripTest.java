package org.xueliang.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Property: whatever the writer produces, in any charset a device may use, parses back to the same record. */
class ManscdpRoundTripTest {
    private static final List<Charset> CHARSETS = List.of(Charset.forName("GB2312"), Charset.forName("GBK"),
            BodyCharset.GB18030, StandardCharsets.UTF_8);
    // ASCII, XML specials, GB2312 hanzi, a GBK-only and a GB18030-only (supplementary) character.
    private static final String ALPHABET = "aZ09 -_.&<>\"'/东门南北学校仓库报警喆镕\uD840\uDC00";

    private final Random random = new Random(20240501);

    @Test
    void everyMessageSurvivesWriteThenParse() {
        List<Function<Random, ManscdpMessage>> generators = List.of(
                r -> new Keepalive(sn(r), id(r), text(r)),
                r -> new CatalogQuery(sn(r), id(r)),
                r -> new DeviceInfoQuery(sn(r), id(r)),
                r -> new DeviceStatusQuery(sn(r), id(r)),
                r -> new CatalogResponse(sn(r), id(r), r.nextInt(1000), items(r)),
                r -> new DeviceInfoResponse(sn(r), id(r), text(r), text(r), text(r), text(r), text(r), integer(r)),
                r -> new DeviceStatusResponse(sn(r), id(r), text(r), text(r), text(r), text(r),
                        List.of(new AlarmInputStatus(id(r), text(r)))),
                r -> new AlarmNotify(sn(r), id(r), 1 + r.nextInt(4), 1 + r.nextInt(7), time(r), text(r), decimal(r),
                        decimal(r), integer(r)),
                r -> new AlarmQuery(sn(r), id(r), r.nextInt(5), r.nextInt(5), text(r), time(r), time(r)),
                r -> new MobilePositionQuery(sn(r), id(r), integer(r)),
                r -> new GenericResponse("DeviceControl", sn(r), id(r), text(r) == null ? "OK" : "ERROR"),
                r -> new DeviceControl(sn(r), id(r), text(r)),
                r -> new UnknownMessage(ManscdpRoot.NOTIFY, "RecordInfo", r.nextBoolean() ? -1 : sn(r), id(r)));
        for (int i = 0; i < 400; i++) {
            for (Function<Random, ManscdpMessage> generator : generators) {
                ManscdpMessage message = generator.apply(random);
                Charset charset = CHARSETS.get(random.nextInt(CHARSETS.size()));

                byte[] body = ManscdpWriter.write(message, charset);

                assertThat(ManscdpParser.parse(body, null)).as("%s in %s", message, charset).isEqualTo(message);
            }
        }
    }

    private List<CatalogItem> items(Random r) {
        List<CatalogItem> items = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            items.add(new CatalogItem(id(r), text(r), text(r), text(r), text(r), text(r), text(r), text(r), integer(r),
                    text(r), text(r), integer(r), integer(r), text(r), integer(r), text(r), decimal(r), decimal(r),
                    integer(r)));
        }
        return items;
    }

    private static long sn(Random r) {
        return r.nextInt(Integer.MAX_VALUE);
    }

    private static String id(Random r) {
        return String.format("3402%016d", r.nextLong() & 0x7fff_ffff_ffffL);
    }

    /** Null or a non-empty string without surrounding spaces: the parser trims text and reads empty as absent. */
    private static String text(Random r) {
        if (r.nextInt(5) == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int length = 1 + r.nextInt(12);
        while (text.length() < length) {
            int start = r.nextInt(ALPHABET.length());
            if (Character.isLowSurrogate(ALPHABET.charAt(start))) {
                continue;
            }
            int cp = ALPHABET.codePointAt(start);
            text.appendCodePoint(cp);
        }
        String trimmed = text.toString().strip();
        return trimmed.isEmpty() ? "x" : trimmed;
    }

    private static Integer integer(Random r) {
        return r.nextInt(4) == 0 ? null : r.nextInt(100_000) - 10;
    }

    private static Double decimal(Random r) {
        return r.nextInt(4) == 0 ? null : (r.nextDouble() - 0.5) * 360;
    }

    private static LocalDateTime time(Random r) {
        return r.nextInt(4) == 0 ? null : LocalDateTime.of(2000 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(24), r.nextInt(60), r.nextInt(60));
    }
}
