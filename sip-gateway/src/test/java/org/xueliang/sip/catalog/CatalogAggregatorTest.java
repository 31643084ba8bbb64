package org.xueliang.sip.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.sip.TestClock;
import org.xueliang.sip.message.CatalogItem;
import org.xueliang.sip.message.CatalogResponse;
import org.xueliang.sip.message.Fixtures;
import org.xueliang.sip.message.ManscdpParser;

class CatalogAggregatorTest {
    private static final String NVR = "34020000001180000001";

    private final TestClock clock = new TestClock("2024-05-01T00:00:00Z");
    private final CatalogAggregator aggregator = new CatalogAggregator(clock, Duration.ofSeconds(30));

    private static CatalogResponse packet(int n) {
        return (CatalogResponse) ManscdpParser.parse(Fixtures.bytes("catalog-3-packets/" + n + ".xml"), null);
    }

    @ParameterizedTest(name = "packets in order {0}")
    @CsvSource({"1 2 3", "3 1 2", "2 3 1", "3 2 1"})
    void completesWhenItemsReachSumNumInAnyOrder(String order) {
        String[] packets = order.split(" ");
        List<CatalogItem> expected = new ArrayList<>();
        for (int i = 0; i < packets.length - 1; i++) {
            CatalogResponse p = packet(Integer.parseInt(packets[i]));
            expected.addAll(p.items());
            assertThat(aggregator.accept(p)).as("after packet %s", packets[i]).isEmpty();
        }
        CatalogResponse last = packet(Integer.parseInt(packets[packets.length - 1]));
        expected.addAll(last.items());

        Optional<Catalog> catalog = aggregator.accept(last);

        assertThat(catalog).contains(new Catalog(NVR, 17430, expected));
        assertThat(catalog.orElseThrow().items()).extracting(CatalogItem::deviceId).hasSize(5).doesNotHaveDuplicates();
        assertThat(aggregator.pending()).isZero();
    }

    @Test
    void repeatedPacketsAndItemsAreIgnored() {
        assertThat(aggregator.accept(packet(1))).isEmpty();
        assertThat(aggregator.accept(packet(1))).isEmpty();
        assertThat(aggregator.accept(packet(2))).isEmpty();
        assertThat(aggregator.accept(packet(3))).map(c -> c.items().size()).contains(5);

        assertThat(aggregator.accept(packet(2))).as("retransmission after completion").isEmpty();
        assertThat(aggregator.pending()).isZero();
    }

    @Test
    void answersToDifferentQueriesAndDevicesStayApart() {
        CatalogResponse one = packet(1);
        CatalogResponse otherSn = new CatalogResponse(17431, NVR, 2, one.items());
        CatalogResponse otherDevice = new CatalogResponse(17430, "34020000001180000002", 2, one.items());

        aggregator.accept(one);
        assertThat(aggregator.accept(otherSn)).map(Catalog::sn).contains(17431L);
        assertThat(aggregator.accept(otherDevice)).map(Catalog::deviceId).contains("34020000001180000002");
        assertThat(aggregator.pending()).isEqualTo(1);
    }

    @Test
    void emptyCatalogCompletesAtOnce() {
        assertThat(aggregator.accept(new CatalogResponse(5, NVR, 0, List.of()))).contains(new Catalog(NVR, 5, List.of()));
    }

    @Test
    void staleAnswersExpireWithWhatArrived() {
        aggregator.accept(packet(1));
        clock.advanceSeconds(20);
        aggregator.accept(packet(2));
        clock.advanceSeconds(29);
        assertThat(aggregator.expire()).as("the timeout runs from the last packet").isEmpty();
        clock.advanceSeconds(1);

        List<IncompleteCatalog> expired = aggregator.expire();

        assertThat(expired).hasSize(1);
        assertThat(expired.get(0).sumNum()).isEqualTo(5);
        assertThat(expired.get(0).items()).extracting(CatalogItem::deviceId).containsExactly(
                "34020000001310000001", "34020000001310000002", "34020000001310000003", "34020000001310000004");
        assertThat(aggregator.pending()).isZero();
        assertThat(aggregator.accept(packet(3))).as("a late packet starts over").isEmpty();
        assertThat(aggregator.pending()).isEqualTo(1);
    }

    @Test
    void aRepeatedQueryWithTheSameSnWorksAgainAfterTheTimeout() {
        aggregator.accept(packet(1));
        aggregator.accept(packet(2));
        assertThat(aggregator.accept(packet(3))).isPresent();
        clock.advanceSeconds(30);
        aggregator.expire();

        aggregator.accept(packet(1));
        aggregator.accept(packet(2));
        assertThat(aggregator.accept(packet(3))).isPresent();
    }

    @Test
    void videoChannelsLeaveOutTheAlarmInput() {
        aggregator.accept(packet(1));
        aggregator.accept(packet(2));
        Catalog catalog = aggregator.accept(packet(3)).orElseThrow();

        assertThat(catalog.videoChannels()).extracting(CatalogItem::deviceId).containsExactly(
                "34020000001310000001", "34020000001310000002", "34020000001310000003", "34020000001310000004");
    }

    @Test
    void concurrentPacketsCompleteExactlyOnce() throws Exception {
        List<CatalogResponse> packets = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            packets.add(new CatalogResponse(1, NVR, 200, List.of(CatalogItem.of(String.format("3402000000131%07d", i),
                    "cam " + i, "ON"))));
        }
        packets.addAll(packets.subList(0, 50));
        Collections.shuffle(packets, new java.util.Random(5));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<Catalog>>> results = new ArrayList<>();
            for (CatalogResponse p : packets) {
                results.add(pool.submit(() -> aggregator.accept(p)));
            }
            List<Catalog> completions = new ArrayList<>();
            for (Future<Optional<Catalog>> f : results) {
                f.get().ifPresent(completions::add);
            }
            assertThat(completions).hasSize(1);
            assertThat(completions.get(0).items()).hasSize(200);
            assertThat(aggregator.pending()).as("late duplicates start nothing").isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
