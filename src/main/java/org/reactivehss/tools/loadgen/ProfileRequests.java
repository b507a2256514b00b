package org.reactivehss.tools.loadgen;

import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.reactivehss.auth.UsimCheck;

/**
 * The requests of flows and mixed profiles, built per request for subscriber {@code index} from
 * this connection (its Origin-Host is the MME and the S-CSCF's Diameter identity). An IMS user's
 * S-CSCF name comes from a pool of {@code --scscf-pool} names, by its IMSI, so that MAR and SAR of
 * one user always name the same S-CSCF (as in a network, where a registered user stays with its
 * S-CSCF).
 *
 * <p>A {@code --resync-share} of AIRs carry Re-Synchronization-Info (TS 29.272 §7.3.15) built on
 * the USIM model from an SQN_MS ahead of the HSS: a time-based SEQ (TS 33.102 Annex C.1.2,
 * milliseconds since 2020), which outruns the one-per-vector SQNs the HSS issues for any
 * subscriber. {@link #lastSqnMs()} tells the answer check which SQN_MS the last AIR carried.
 */
final class ProfileRequests {
  private static final long SEQ_EPOCH_MILLIS = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();

  private final LoadOptions options;
  private final S6aRequestFactory s6a;
  private final CxRequestFactory cx;
  private final UsimCheck usim;
  private long lastSqnMs = -1;

  ProfileRequests(LoadOptions options, String originHost) {
    this.options = options;
    this.s6a = new S6aRequestFactory(originHost);
    this.cx = new CxRequestFactory(originHost);
    HexFormat hex = HexFormat.of();
    this.usim = UsimCheck.milenage(hex.parseHex(options.usimK()), hex.parseHex(options.usimOpc()));
  }

  /** {@code reRegistration}: a SAR says RE_REGISTRATION instead of REGISTRATION. */
  byte[] build(Command command, int hopByHop, int index, boolean reRegistration) {
    String imsi = options.imsi(index);
    lastSqnMs = -1;
    int pool = options.profile().scscfPool();
    return switch (command) {
      case AIR -> s6a.air(hopByHop, imsi, resyncOrNull());
      case ULR -> s6a.ulr(hopByHop, imsi);
      case PUR -> s6a.pur(hopByHop, imsi);
      case UAR -> cx.uar(hopByHop, imsi);
      case MAR -> cx.mar(hopByHop, imsi, CxRequestFactory.scscfOf(imsi, pool));
      case SAR -> cx.sar(hopByHop, imsi, CxRequestFactory.scscfOf(imsi, pool), reRegistration);
    };
  }

  /** The SQN_MS the last request's AUTS carried, or -1 when it carried none. */
  long lastSqnMs() {
    return lastSqnMs;
  }

  /** RAND || AUTS for this AIR, or null: drawn with probability {@code --resync-share}. */
  byte[] resyncOrNull() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (random.nextDouble() * 100 >= options.profile().resyncSharePercent()) {
      return null;
    }
    byte[] rand = new byte[16];
    random.nextBytes(rand);
    long seq = System.currentTimeMillis() - SEQ_EPOCH_MILLIS;
    lastSqnMs = seq << 5;
    return usim.resynchronisationInfo(rand, lastSqnMs);
  }
}
