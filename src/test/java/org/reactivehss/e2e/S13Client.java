package org.reactivehss.e2e;

import java.io.IOException;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S13Commands;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.testing.TestPeer;

/** An MME on S13: ME-Identity-Check-Requests as TS 29.272 §7.2.19 lays them out. */
final class S13Client {
  private static int sessions;

  final TestPeer peer;

  S13Client(TestPeer peer) {
    this.peer = peer;
  }

  /** After CER/CEA offering S6a and S13. */
  S13Client opened() throws IOException {
    peer.send(peer.cer(Applications.S6A, Applications.S13));
    peer.receive();
    return this;
  }

  /** ECR for {@code imei}; {@code softwareVersion} and {@code imsi} are left out when null. */
  static MessageBuilder ecr(TestPeer peer, String imei, String softwareVersion, String imsi) {
    MessageBuilder b =
        MessageBuilder.request(S13Commands.ME_IDENTITY_CHECK)
            .hopByHop(peer.nextHopByHop())
            .endToEnd(peer.nextHopByHop())
            .add(BaseAvps.SESSION_ID, peer.host + ";13;" + (++sessions))
            .addGroup(
                BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                g ->
                    g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                        .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S13))
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, peer.host)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.DESTINATION_REALM, "localdomain")
            .addGroup(
                S6aAvps.TERMINAL_INFORMATION,
                g -> {
                  if (imei != null) {
                    g.add(S6aAvps.IMEI, imei);
                  }
                  if (softwareVersion != null) {
                    g.add(S6aAvps.SOFTWARE_VERSION, softwareVersion);
                  }
                });
    return imsi == null ? b : b.add(BaseAvps.USER_NAME, imsi);
  }

  DiameterMessage check(String imei, String softwareVersion, String imsi) throws IOException {
    peer.send(ecr(peer, imei, softwareVersion, imsi).build());
    return peer.receive();
  }
}
