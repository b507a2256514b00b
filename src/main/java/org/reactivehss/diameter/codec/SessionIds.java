package org.reactivehss.diameter.codec;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Session-Id values for requests this HSS originates, as RFC 6733 §8.8 recommends: {@code
 * <DiameterIdentity>;<high 32 bits>;<low 32 bits>}, the two numbers being the decimal halves of one
 * monotonically increasing 64-bit value. At start the high half is the time in NTP seconds (since
 * 1900-01-01) and the low half zero (§8.8), so a restarted HSS never repeats an earlier run's
 * Session-Ids, and the low half carries into the high one instead of wrapping.
 *
 * <p>One counter for the whole process, shared by every application that sends requests: an atomic
 * increment, not a lock, and the only way two requests of one HSS can never share a Session-Id.
 */
public final class SessionIds {
    /** Seconds from the NTP epoch (1900) to the Unix epoch (1970), RFC 5905 §6. */
    static final long NTP_UNIX_OFFSET_SECONDS = 2_208_988_800L;

    private static final SessionIds PROCESS = startingAt(System.currentTimeMillis() / 1000);

    private final AtomicLong counter;

    private SessionIds(long initial) {
        this.counter = new AtomicLong(initial);
    }

    /** The process-wide generator. */
    public static SessionIds process() {
        return PROCESS;
    }

    /** A generator whose high half starts at {@code unixSeconds} in NTP seconds, low half 0. */
    static SessionIds startingAt(long unixSeconds) {
        return after((unixSeconds + NTP_UNIX_OFFSET_SECONDS) << 32);
    }

    /** A generator whose next 64-bit value is {@code value + 1} (tests reach the carry with it). */
    static SessionIds after(long value) {
        return new SessionIds(value);
    }

    /** The next Session-Id for {@code originHost}, this HSS's DiameterIdentity. */
    public String next(String originHost) {
        long value = counter.incrementAndGet();
        return originHost + ';' + (value >>> 32) + ';' + (value & 0xFFFF_FFFFL);
    }
}
