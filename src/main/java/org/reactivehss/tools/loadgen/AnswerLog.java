package org.reactivehss.tools.loadgen;

import java.util.HexFormat;
import org.reactivehss.auth.UsimCheck;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.S6aAvps;

/**
 * One connection's answers as lines {@code <epoch ms> <result code> <IMSI> <SQN>}, kept in memory
 * by the connection's event loop and written once the run is over (so no file write ever waits on
 * an event loop). SQN is the one the first E-UTRAN vector of an AIA carries, recovered and checked
 * like a USIM would ({@link UsimCheck}); "-" when the answer carries none, "bad-mac" when MAC-A
 * does not match. Bounded: past {@link #MAX_LINES} answers are counted only.
 */
final class AnswerLog {
  static final int MAX_LINES = 1_000_000;

  private final UsimCheck usim;
  private final StringBuilder lines = new StringBuilder();
  private int count;
  private long dropped;

  AnswerLog(LoadOptions options) {
    HexFormat hex = HexFormat.of();
    this.usim = UsimCheck.milenage(hex.parseHex(options.usimK()), hex.parseHex(options.usimOpc()));
  }

  void add(long epochMillis, long resultCode, String imsi, DiameterMessage answer) {
    if (count == MAX_LINES) {
      dropped++;
      return;
    }
    count++;
    lines
        .append(epochMillis)
        .append(' ')
        .append(resultCode)
        .append(' ')
        .append(imsi)
        .append(' ')
        .append(sqn(answer))
        .append('\n');
  }

  CharSequence lines() {
    return lines;
  }

  long dropped() {
    return dropped;
  }

  private String sqn(DiameterMessage answer) {
    Avp info = answer.first(S6aAvps.AUTHENTICATION_INFO);
    Avp vector = info == null ? null : info.first(S6aAvps.E_UTRAN_VECTOR);
    Avp rand = vector == null ? null : vector.first(S6aAvps.RAND);
    Avp autn = vector == null ? null : vector.first(S6aAvps.AUTN);
    if (rand == null || autn == null) {
      return "-";
    }
    long sqn = usim.verifiedSqn(rand.asOctets(), autn.asOctets());
    return sqn < 0 ? "bad-mac" : Long.toString(sqn);
  }
}
