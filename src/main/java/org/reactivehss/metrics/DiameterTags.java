package org.reactivehss.metrics;

import java.util.HashMap;
import java.util.Map;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.Commands;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * Tag values for Diameter meters, derived from the dictionary so that the set is closed: a command
 * or result code the dictionary does not know is tagged {@code other}, whatever a peer sent.
 */
final class DiameterTags {
  static final String OTHER = "other";

  /** Result and class of a request of ours that got no answer (timeout, connection lost). */
  static final String NO_ANSWER = "no_answer";

  private static final Map<Long, String> BASE_RESULTS = new HashMap<>();
  private static final Map<Long, String> EXPERIMENTAL_RESULTS = new HashMap<>();

  static {
    for (ResultCode rc : ResultCodes.all()) {
      // experimental codes of different applications share numbers with the same meaning in name
      // (5001 USER_UNKNOWN in S6a and Cx); the key is (application, code)
      (rc.isExperimental() ? EXPERIMENTAL_RESULTS : BASE_RESULTS)
          .put(resultKey(rc.isExperimental() ? rc.applicationId() : 0, rc.code()), rc.name());
    }
  }

  private DiameterTags() {}

  static String application(int applicationId) {
    return switch (applicationId) {
      case Applications.BASE -> "base";
      case Applications.S6A -> "s6a";
      case Applications.S13 -> "s13";
      case Applications.CX -> "cx";
      case Applications.SH -> "sh";
      case Applications.SLH -> "slh";
      case Applications.SWX -> "swx";
      default -> OTHER;
    };
  }

  /** The request's abbreviation in the dictionary (AIR, ULR, MAR, DWR ...). */
  static String command(int applicationId, int commandCode) {
    CommandDef def = Commands.byCode(applicationId, commandCode);
    return def == null ? OTHER : def.requestAbbreviation();
  }

  /** The specification's name of the code (DIAMETER_SUCCESS, DIAMETER_ERROR_USER_UNKNOWN ...). */
  static String result(int applicationId, long code, boolean experimental) {
    String name =
        experimental
            ? EXPERIMENTAL_RESULTS.get(resultKey(applicationId, code))
            : BASE_RESULTS.get(resultKey(0, code));
    return name == null ? OTHER : name;
  }

  /** The code's number when the dictionary knows it (base or experimental), else {@code other}. */
  static String resultCode(int applicationId, long code, boolean experimental) {
    return result(applicationId, code, experimental).equals(OTHER) ? OTHER : Long.toString(code);
  }

  /**
   * RFC 6733 §7.1: the thousands digit is the class; Experimental-Result-Codes follow the same
   * rule.
   */
  static String resultClass(long code) {
    long thousands = code / 1000;
    if (thousands == 1) {
      return "informational";
    } else if (thousands == 2) {
      return "success";
    } else if (thousands == 3) {
      return "protocol_error";
    } else if (thousands == 4) {
      return "transient_failure";
    } else if (thousands == 5) {
      return "permanent_failure";
    }
    return OTHER;
  }

  private static long resultKey(int applicationId, long code) {
    return ((applicationId & 0xffffffffL) << 32) | (code & 0xffffffffL);
  }
}
