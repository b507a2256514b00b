package org.reactivehss.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.ShCommands;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/**
 * An Application Server on a real socket to the HSS: CER offering Sh, and UDR, PUR and SNR laid out
 * as TS 29.329 §6.1 writes them. Also answers the HSS's PNR.
 */
final class ShAs implements AutoCloseable {
  static final String HOST = "as.localdomain";

  final TestPeer peer;
  private int sessions;

  ShAs(E2eHss hss, String host) throws IOException {
    this.peer = hss.connect(host);
    peer.send(peer.cer(Applications.SH));
    long cea = TestPeer.resultCode(peer.receive());
    if (cea != 2001) {
      throw new AssertionError("CEA result " + cea);
    }
  }

  /** The permission list JSON of the provisioning API. */
  static String permissions(String udr, String pur, String snr) {
    return "{\"udr\":[%s],\"pur\":[%s],\"snr\":[%s]}".formatted(udr, pur, snr);
  }

  /**
   * A request of {@code command} for the user named by {@code impu} and/or {@code msisdn} (TBCD),
   * then {@code body}.
   */
  byte[] request(CommandDef command, String impu, byte[] msisdn, Consumer<MessageBuilder> body) {
    MessageBuilder b =
        MessageBuilder.request(command)
            .hopByHop(peer.nextHopByHop())
            .endToEnd(peer.nextHopByHop())
            .add(BaseAvps.SESSION_ID, peer.host + ";1;" + (++sessions))
            .addGroup(
                BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                g ->
                    g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                        .add(BaseAvps.AUTH_APPLICATION_ID, Applications.SH))
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, peer.host)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.DESTINATION_REALM, "localdomain")
            .addGroup(
                ShAvps.USER_IDENTITY,
                g -> {
                  if (impu != null) {
                    g.add(CxAvps.PUBLIC_IDENTITY, impu);
                  }
                  if (msisdn != null) {
                    g.add(ShAvps.MSISDN, msisdn);
                  }
                });
    body.accept(b);
    return b.build();
  }

  /** UDR for {@code impu} with Data-Reference {@code reference} and {@code more} AVPs. */
  byte[] udr(String impu, int reference, Consumer<MessageBuilder> more) {
    return request(
        ShCommands.USER_DATA_SH,
        impu,
        null,
        b -> {
          b.add(ShAvps.DATA_REFERENCE, reference);
          more.accept(b);
        });
  }

  /** PUR of repository data (Data-Reference 0). */
  byte[] pur(String impu, String shData) {
    return request(
        ShCommands.PROFILE_UPDATE,
        impu,
        null,
        b ->
            b.add(ShAvps.DATA_REFERENCE, 0)
                .add(ShAvps.SH_USER_DATA, shData.getBytes(StandardCharsets.UTF_8)));
  }

  static String repositoryData(String serviceIndication, int sequence, String serviceData) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Sh-Data><RepositoryData>"
        + "<ServiceIndication>"
        + serviceIndication
        + "</ServiceIndication><SequenceNumber>"
        + sequence
        + "</SequenceNumber>"
        + (serviceData == null ? "" : "<ServiceData>" + serviceData + "</ServiceData>")
        + "</RepositoryData></Sh-Data>";
  }

  /** SNR subscribing (0) or unsubscribing (1) to {@code reference}, then {@code more}. */
  byte[] snr(String impu, int type, int reference, Consumer<MessageBuilder> more) {
    return request(
        ShCommands.SUBSCRIBE_NOTIFICATIONS,
        impu,
        null,
        b -> {
          b.add(ShAvps.SUBS_REQ_TYPE, type).add(ShAvps.DATA_REFERENCE, reference);
          more.accept(b);
        });
  }

  /** The PNA to {@code pnr}: 2001. */
  byte[] pna(DiameterMessage pnr) {
    return MessageBuilder.answer(pnr)
        .addCopy(pnr.first(BaseAvps.SESSION_ID))
        .addGroup(
            BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
            g ->
                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                    .add(BaseAvps.AUTH_APPLICATION_ID, Applications.SH))
        .add(BaseAvps.RESULT_CODE, 2001L)
        .add(BaseAvps.AUTH_SESSION_STATE, 1)
        .add(BaseAvps.ORIGIN_HOST, peer.host)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .build();
  }

  DiameterMessage exchange(byte[] request) throws IOException {
    peer.send(request);
    return peer.receive();
  }

  static String userData(DiameterMessage answer) {
    return new String(answer.first(ShAvps.SH_USER_DATA).asOctets(), StandardCharsets.UTF_8);
  }

  /** "R2001" for a Result-Code, "E5001" for an Experimental-Result-Code. */
  static String outcome(DiameterMessage answer) {
    return (answer.isExperimentalResult() ? "E" : "R") + answer.resultCode();
  }

  @Override
  public void close() throws IOException {
    peer.close();
  }
}
