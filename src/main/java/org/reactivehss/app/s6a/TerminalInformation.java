package org.reactivehss.app.s6a;

import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.S6aAvps;

/**
 * Terminal-Information {[IMEI] [Software-Version]} of an ULR or NOR (TS 29.272 §7.3.3), nulls when
 * absent.
 */
record TerminalInformation(String imei, String softwareVersion) {

  static TerminalInformation of(DiameterMessage request) {
    Avp info = request.first(S6aAvps.TERMINAL_INFORMATION);
    if (info == null) {
      return new TerminalInformation(null, null);
    }
    Avp imei = info.first(S6aAvps.IMEI);
    Avp sv = info.first(S6aAvps.SOFTWARE_VERSION);
    return new TerminalInformation(
        imei == null ? null : imei.asUtf8(), sv == null ? null : sv.asUtf8());
  }
}
