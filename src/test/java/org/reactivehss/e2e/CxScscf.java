package org.reactivehss.e2e;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/** A CSCF on a real socket to the HSS: sends one Cx request at a time and reads its answer. */
final class CxScscf implements AutoCloseable {
  static final String HOST = "scscf.localdomain";
  static final String SERVER_NAME = "sip:scscf.localdomain:6060";

  /** TS 35.208 test set 1. */
  static final String K = "465b5ce8b199b49faa5f0a2ee238a6bc";

  static final String OPC = "cd63cb71954a9f4e48a5994e37a02baf";

  final TestPeer peer;
  final CxMessages cx;

  CxScscf(E2eHss hss, String host) throws IOException {
    this.peer = hss.connect(host);
    this.cx = new CxMessages(host);
    peer.open();
  }

  DiameterMessage exchange(byte[] request) throws IOException {
    peer.send(request);
    return peer.receive();
  }

  int hbh() {
    return peer.nextHopByHop();
  }

  static String subscriber(String imsi, String impi, String extra, String... impus) {
    return """
        {"imsi":"%s","k":"%s","opc":"%s","amf":"8000","sqn":31%s,
         "ims":{"impi":"%s","impus":["%s"]}}"""
        .formatted(imsi, K, OPC, extra, impi, String.join("\",\"", impus));
  }

  static UsimModel usim() {
    return UsimModel.of("milenage", HexFormat.of().parseHex(K), null, HexFormat.of().parseHex(OPC));
  }

  /**
   * The USIM's verdict on one SIP-Auth-Data-Item: SIP-Authenticate = RAND || AUTN (TS 29.229
   * §6.3.10).
   */
  static UsimModel.Outcome challenge(UsimModel usim, Avp item) {
    byte[] sipAuthenticate = item.first(CxAvps.SIP_AUTHENTICATE).asOctets();
    return usim.authenticate(
        Arrays.copyOfRange(sipAuthenticate, 0, 16), Arrays.copyOfRange(sipAuthenticate, 16, 32));
  }

  /** "R2001" for a Result-Code, "E2001" for an Experimental-Result-Code. */
  static String outcome(DiameterMessage answer) {
    return (answer.isExperimentalResult() ? "E" : "R") + answer.resultCode();
  }

  @Override
  public void close() throws IOException {
    peer.close();
  }
}
