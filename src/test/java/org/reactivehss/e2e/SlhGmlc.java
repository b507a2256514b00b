package org.reactivehss.e2e;

import java.io.IOException;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.SlhCommands;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/**
 * A GMLC for the SLh end-to-end tests: CER offering SLh (and S6a, so that a peer granted only S6a
 * still opens), RIRs laid out as TS 29.173 §6.2.3 writes them.
 */
final class SlhGmlc implements AutoCloseable {
  final TestPeer peer;
  private int sessions;

  SlhGmlc(E2eHss hss, String host) throws IOException {
    this.peer = hss.connect(host);
    peer.send(peer.cer(Applications.SLH, Applications.S6A));
    long cea = TestPeer.resultCode(peer.receive());
    if (cea != 2001) {
      throw new AssertionError("CEA result " + cea);
    }
  }

  /** An RIR; {@code imsi} and {@code msisdn} (TBCD octets) are left out when null. */
  byte[] rir(String imsi, byte[] msisdn) {
    MessageBuilder b =
        MessageBuilder.request(SlhCommands.LCS_ROUTING_INFO)
            .hopByHop(peer.nextHopByHop())
            .endToEnd(peer.nextHopByHop())
            .add(BaseAvps.SESSION_ID, peer.host + ";1;" + (++sessions))
            .addGroup(
                BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                g ->
                    g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                        .add(BaseAvps.AUTH_APPLICATION_ID, Applications.SLH))
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, peer.host)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.DESTINATION_REALM, "localdomain");
    if (imsi != null) {
      b.add(BaseAvps.USER_NAME, imsi);
    }
    if (msisdn != null) {
      b.add(ShAvps.MSISDN, msisdn);
    }
    return b.build();
  }

  DiameterMessage exchange(byte[] request) throws IOException {
    peer.send(request);
    return peer.receive();
  }

  @Override
  public void close() throws IOException {
    peer.close();
  }
}
