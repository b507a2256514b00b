package org.reactivehss.diameter.peer;

import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.LogSafe;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.Commands;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the detail of a failure answered to a peer goes: the log, never the wire. A defect ({@link
 * FailureKind#INTERNAL}) is a warning; everything else is an outcome the metrics already count
 * (hss_diameter_answers_total by result, hss_storage_* by outcome), so it is logged at DEBUG only
 * and a database outage does not write a line per request.
 */
public final class FailureLog {
  private static final Logger log = LoggerFactory.getLogger(FailureLog.class);

  private FailureLog() {}

  public static void answered(DiameterMessage request, ResultCode code, HssFailure failure) {
    boolean defect = failure.kind() == FailureKind.INTERNAL;
    if (!defect && !log.isDebugEnabled()) {
      return;
    }
    CommandDef command =
        Commands.byCode(request.applicationId() & 0xffffffffL, request.commandCode());
    String name =
        command == null ? String.valueOf(request.commandCode()) : command.requestAbbreviation();
    String detail = LogSafe.text(failure.detail());
    if (defect) {
      log.warn("{} answered {} after an internal failure: {}", name, code.code(), detail);
    } else {
      log.debug("{} answered {} ({}): {}", name, code.code(), failure.kind(), detail);
    }
  }
}
