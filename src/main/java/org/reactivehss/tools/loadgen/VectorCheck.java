package org.reactivehss.tools.loadgen;

import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.reactivehss.auth.UsimCheck;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.S6aAvps;

/**
 * Checks AIA vectors on the USIM model ({@link UsimCheck}, with {@code --k}/{@code --opc}): a
 * sample of one AIA in {@link #SAMPLE_EVERY} and every answer to a resync AIR. A vector must carry
 * a valid MAC-A (TS 33.102 §6.3.3), an SQN never seen before for its subscriber (fresh), and, after
 * a resync, an SQN above the SQN_MS the AUTS carried (§6.3.5: the HSS moves SQN_HE past it). Shared
 * by the connections' event loops; what it remembers is bounded.
 */
final class VectorCheck {
  static final int SAMPLE_EVERY = 16;
  private static final int MAX_REMEMBERED = 2_000_000;

  private record Issued(int subscriber, long sqn) {}

  private final UsimCheck usim;
  private final Set<Issued> seen = ConcurrentHashMap.newKeySet();
  final LongAdder checked = new LongAdder();
  final LongAdder badMac = new LongAdder();
  final LongAdder repeated = new LongAdder();
  final LongAdder noVector = new LongAdder();
  final LongAdder resyncs = new LongAdder();
  final LongAdder resyncsAbove = new LongAdder();

  VectorCheck(LoadOptions options) {
    HexFormat hex = HexFormat.of();
    this.usim = UsimCheck.milenage(hex.parseHex(options.usimK()), hex.parseHex(options.usimOpc()));
  }

  /** An AIA for {@code subscriber}; {@code sqnMs} the AIR's SQN_MS, or -1 for a plain AIR. */
  void onAia(int subscriber, DiameterMessage aia, long sqnMs) {
    boolean resync = sqnMs >= 0;
    if (resync) {
      resyncs.increment();
    } else if (aia.resultCode() != 2001 || ThreadLocalRandom.current().nextInt(SAMPLE_EVERY) != 0) {
      return;
    }
    Avp info = aia.first(S6aAvps.AUTHENTICATION_INFO);
    Avp vector = info == null ? null : info.first(S6aAvps.E_UTRAN_VECTOR);
    if (vector == null
        || vector.first(S6aAvps.RAND) == null
        || vector.first(S6aAvps.AUTN) == null) {
      noVector.increment();
      return;
    }
    checked.increment();
    long sqn =
        usim.verifiedSqn(
            vector.first(S6aAvps.RAND).asOctets(), vector.first(S6aAvps.AUTN).asOctets());
    if (sqn < 0) {
      badMac.increment();
      return;
    }
    if (seen.size() < MAX_REMEMBERED && !seen.add(new Issued(subscriber, sqn))) {
      repeated.increment();
    }
    if (resync && aia.resultCode() == 2001 && sqn > sqnMs) {
      resyncsAbove.increment();
    }
  }

  /** One line for the summary. */
  String summary() {
    String line =
        String.format(
            "vector check (USIM model, 1 AIA in %d and every resync answer): %d checked, %d bad"
                + " MAC-A, %d repeated SQN, %d answers without a vector",
            SAMPLE_EVERY, checked.sum(), badMac.sum(), repeated.sum(), noVector.sum());
    if (resyncs.sum() > 0) {
      line +=
          String.format(
              "; resync AIRs answered: %d, with 2001 and a vector above SQN_MS: %d",
              resyncs.sum(), resyncsAbove.sum());
    }
    return line;
  }

  /** Every check passed (resync answers included). */
  boolean clean() {
    return badMac.sum() == 0
        && repeated.sum() == 0
        && noVector.sum() == 0
        && resyncs.sum() == resyncsAbove.sum();
  }
}
