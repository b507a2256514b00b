package org.reactivehss.app.s6a;

import java.util.ArrayList;
import java.util.List;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.store.LocationUpdate;
import org.reactivehss.store.ServingNode;

/**
 * What a ULR's ULR-Flags (TS 29.272 §7.3.7) decide, and the decisions that follow from them once
 * the registration is stored (§5.2.1.1.3). Pure, so each rule is tested on its own.
 */
record UlrFlags(long bits) {
  static final long SINGLE_REGISTRATION = 1;
  static final long S6A_S6D_INDICATOR = 1 << 1;
  static final long SKIP_SUBSCRIBER_DATA = 1 << 2;
  static final long INITIAL_ATTACH = 1 << 5;

  /** A cancellation to send: to which node kind, which host, with which Cancellation-Type. */
  record Cancel(ServingNode node, String host, String realm, int type) {}

  /** Bit 1 set: the ULR came from an MME over S6a; cleared: from an SGSN over S6d. */
  ServingNode node() {
    return (bits & S6A_S6D_INDICATOR) != 0 ? ServingNode.MME : ServingNode.SGSN;
  }

  /** Bit 0 counts from an MME only ("an SGSN shall not set this bit", §7.3.7). */
  boolean singleRegistration() {
    return node() == ServingNode.MME && (bits & SINGLE_REGISTRATION) != 0;
  }

  /**
   * The ULA carries Subscription-Data unless the node asked to skip it and its data is current:
   * §5.2.1.1.3 ignores Skip-Subscriber-Data when the data changed since the last download to it.
   */
  boolean sendsSubscriptionData(LocationUpdate update) {
    return (bits & SKIP_SUBSCRIBER_DATA) == 0 || !update.dataCurrent();
  }

  /**
   * §5.2.1.1.3: a different node of the same kind was registered, so it is cancelled
   * (MME_UPDATE_PROCEDURE to an old MME, SGSN_UPDATE_PROCEDURE to an old SGSN); an MME's single
   * registration cancels the SGSN too (SGSN_UPDATE_PROCEDURE: the SGSN loses the UE to an update
   * elsewhere). Initial-Attach-Indicator makes every one INITIAL_ATTACH_PROCEDURE (§7.3.24).
   */
  List<Cancel> cancellations(LocationUpdate update, String originHost) {
    List<Cancel> cancels = new ArrayList<>(2);
    boolean initialAttach = (bits & INITIAL_ATTACH) != 0;
    String previous = update.previousHost();
    if (previous != null && !previous.equalsIgnoreCase(originHost)) {
      int type =
          initialAttach
              ? Values.CancellationType.INITIAL_ATTACH_PROCEDURE
              : node() == ServingNode.MME
                  ? Values.CancellationType.MME_UPDATE_PROCEDURE
                  : Values.CancellationType.SGSN_UPDATE_PROCEDURE;
      cancels.add(new Cancel(node(), previous, update.previousRealm(), type));
    }
    String sgsn = update.withdrawnSgsnHost();
    if (sgsn != null && !sgsn.equalsIgnoreCase(originHost)) {
      cancels.add(
          new Cancel(
              ServingNode.SGSN,
              sgsn,
              update.withdrawnSgsnRealm(),
              initialAttach
                  ? Values.CancellationType.INITIAL_ATTACH_PROCEDURE
                  : Values.CancellationType.SGSN_UPDATE_PROCEDURE));
    }
    return cancels;
  }
}
