package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** RFC 6733 §8.8 Session-Ids: identity, then the halves of one increasing 64-bit value. */
class SessionIdsTest {

    @Test
    void firstIds_areTheIdentity_thenNtpSecondsOfTheStart_thenACountFromOne() {
        // GIVEN a start at 2026-12-02T00:00:00Z (Unix 1796169600)
        SessionIds ids = SessionIds.startingAt(1_796_169_600L);

        // WHEN Session-Ids are made THEN the high half is that time in NTP seconds (+
        // 2,208,988,800)
        assertThat(ids.next("hss.localdomain")).isEqualTo("hss.localdomain;4005158400;1");
        assertThat(ids.next("hss.localdomain")).isEqualTo("hss.localdomain;4005158400;2");
    }

    @Test
    void lowHalfAtItsMaximum_carriesIntoTheHighHalf_insteadOfWrapping() {
        // GIVEN a generator one step before the low half is all ones
        SessionIds ids = SessionIds.after((7L << 32) | 0xFFFF_FFFEL);

        // WHEN two more are made THEN the second carries into the high half
        assertThat(ids.next("h")).isEqualTo("h;7;4294967295");
        assertThat(ids.next("h")).isEqualTo("h;8;0");
    }

    @Test
    void idsDrawnFromManyThreadsAtOnce_areAllDistinct() throws InterruptedException {
        SessionIds ids = SessionIds.startingAt(1_796_169_600L);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread =
                    new Thread(
                            () -> {
                                for (int i = 0; i < 10_000; i++) {
                                    seen.add(ids.next("hss.localdomain"));
                                }
                            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(40_000);
    }

    @Test
    void theProcessGenerator_startsAtTheTimeItLoaded_inNtpSeconds() {
        long before = System.currentTimeMillis() / 1000 + SessionIds.NTP_UNIX_OFFSET_SECONDS;
        String[] parts = SessionIds.process().next("hss.localdomain").split(";");
        assertThat(parts).hasSize(3);
        assertThat(parts[0]).isEqualTo("hss.localdomain");
        // the process generator started when its class loaded, at or before this test began
        assertThat(Long.parseLong(parts[1]))
                .isLessThanOrEqualTo(before)
                .isGreaterThan(before - 3600);
    }
}
