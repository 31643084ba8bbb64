package org.xueliang.sip.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SsrcAllocatorTest {

    @ParameterizedTest
    @CsvSource({
        // domain,  first live,  first history  (0|1, digits 4-8 of the domain, 0001)
        "3402000000, 0200000001, 1200000002",
        "4403050100, 0305010001, 1305010002",
        "1101080000, 0108000001, 1108000002",
    })
    void tenDigitsFromKindDomainAndSequence(String domain, String live, String history) {
        SsrcAllocator allocator = new SsrcAllocator(domain);

        assertThat(allocator.allocateLive()).isEqualTo(new Ssrc(live));
        assertThat(allocator.allocateHistory()).isEqualTo(new Ssrc(history));
    }

    @Test
    void uniqueWhileInUseAndReusableAfterRelease() {
        SsrcAllocator allocator = new SsrcAllocator("3402000000");
        Set<String> seen = new HashSet<>();
        List<Ssrc> all = new ArrayList<>();
        for (int i = 0; i < 9999; i++) {
            Ssrc ssrc = allocator.allocateLive();
            assertThat(ssrc.value()).hasSize(10).startsWith("020000");
            assertThat(seen.add(ssrc.value())).as("unique %s", ssrc).isTrue();
            all.add(ssrc);
        }
        assertThatThrownBy(allocator::allocateLive).isInstanceOf(SsrcExhaustedException.class)
                .hasMessage("all 9999 live SSRCs of domain part 20000 are in use");

        assertThat(allocator.release(all.get(41))).isTrue();
        assertThat(allocator.release(all.get(41))).isFalse();
        assertThat(allocator.allocateLive()).isEqualTo(new Ssrc("0200000042"));
        assertThat(allocator.inUse()).isEqualTo(9999);
    }

    @Test
    void doesNotHandOutAJustReleasedSsrcFirst() {
        SsrcAllocator allocator = new SsrcAllocator("3402000000");
        Ssrc first = allocator.allocateLive();
        allocator.release(first);

        assertThat(allocator.allocateLive()).isEqualTo(new Ssrc("0200000002"));
    }

    @Test
    void concurrentAllocationsAreUnique() throws Exception {
        SsrcAllocator allocator = new SsrcAllocator("3402000000");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Ssrc>>> batches = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                batches.add(pool.submit(() -> {
                    List<Ssrc> mine = new ArrayList<>();
                    for (int i = 0; i < 1000; i++) {
                        mine.add(allocator.allocateLive());
                    }
                    return mine;
                }));
            }
            Set<Ssrc> all = new HashSet<>();
            for (Future<List<Ssrc>> batch : batches) {
                all.addAll(batch.get());
            }
            assertThat(all).hasSize(4000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ssrcValidation() {
        assertThat(new Ssrc("0200000001").rtpValue()).isEqualTo(200_000_001L);
        assertThat(new Ssrc("4294967295").rtpValue()).isEqualTo(0xFFFF_FFFFL);
        assertThatThrownBy(() -> new Ssrc("4294967296")).hasMessage("SSRC must fit 32 bits (at most 4294967295), got 4294967296");
        assertThatThrownBy(() -> new Ssrc("02000000011")).hasMessage("SSRC must be up to 10 decimal digits, got \"02000000011\"");
        assertThatThrownBy(() -> new Ssrc("0x12")).hasMessage("SSRC must be up to 10 decimal digits, got \"0x12\"");
        assertThatThrownBy(() -> new SsrcAllocator("34020")).hasMessage("SIP domain must be 10 digits, got \"34020\"");
    }
}
