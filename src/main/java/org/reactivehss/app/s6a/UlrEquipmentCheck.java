package org.reactivehss.app.s6a;

import io.vertx.core.Future;
import org.reactivehss.bus.Deadline;
import org.reactivehss.identity.Imei;
import org.reactivehss.store.EirStore;
import org.reactivehss.store.EquipmentStatus;

/**
 * The EIR check of an ULR's IMEI ({@code s13.check-ulr-imei}, docs/s13.md "ULR"): the same rules
 * and the same one statement as an ECR ({@link EirStore#check}), recorded with command ULR. Only
 * PROHIBITED_LISTED changes the ULR's outcome; an unlisted IMEI is recorded as "unknown" and let
 * through whatever {@code s13.unknown-equipment} says, because refusing the attach of every
 * unlisted handset is the MME's decision on S13, not the HSS's. An ULR without an IMEI, or with one
 * that is not 14-16 digits, is not checked (TS 29.272 §7.3.3 makes the IMEI optional there).
 */
final class UlrEquipmentCheck {
  static final String COMMAND = "ULR";
  private static final String UNMATCHED = "unknown";

  private final EirStore eir;

  /** {@code eir} null: the check is off. */
  UlrEquipmentCheck(EirStore eir) {
    this.eir = eir;
  }

  /** Whether the equipment is prohibited; false when the check is off or cannot be made. */
  Future<Boolean> prohibited(
      String imsi, String originHost, TerminalInformation terminal, Deadline deadline) {
    String key = Imei.key(terminal.imei());
    if (eir == null || key == null) {
      return Future.succeededFuture(false);
    }
    String sv = terminal.softwareVersion();
    return eir.check(
            new EirStore.Request(
                key, sv != null && sv.matches("[0-9]{2}") ? sv : null, imsi, originHost, COMMAND),
            UNMATCHED,
            deadline)
        .map(status -> status == EquipmentStatus.PROHIBITED);
  }
}
