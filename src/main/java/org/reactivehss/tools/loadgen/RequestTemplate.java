package org.reactivehss.tools.loadgen;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.EncodedHeader;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.SlhCommands;
import org.reactivehss.diameter.dict.SwxAvps;
import org.reactivehss.diameter.dict.SwxCommands;

/**
 * The requests of one connection. AIR, SWx MAR, RIR and DWR: one encoded request, copied per send
 * with a new hop-by-hop id and, for AIR, SWx MAR and RIR, a random IMSI written over the User-Name
 * data in place (every IMSI has 15 digits, so lengths never change). MAR, ULR and ECR are built per
 * request (each its own Session-Id).
 *
 * <p>IMSIs are drawn at random from the provisioned range ({@link LoadOptions#imsi}); for ULR only
 * from this connection's share of it (index ≡ connection mod connections): an IMSI is always
 * registered by the same MME, so the HSS never cancels a location on another load connection (TS
 * 29.272 §5.2.1.1.3 sends CLR only when the MME changes).
 */
final class RequestTemplate {
  private final LoadOptions options;
  private final byte[] template;
  private final int imsiOffset;
  private final CxRequestFactory cx;
  private final S6aRequestFactory s6a;
  private final EirRequestFactory eir;
  private final ShRequestFactory sh;
  private final int connection;
  private String lastImsi = "-";

  RequestTemplate(LoadOptions options, String originHost, int connection) {
    this.options = options;
    this.connection = connection;
    this.cx = options.message().equals("mar") ? new CxRequestFactory(originHost) : null;
    this.s6a = options.message().equals("ulr") ? new S6aRequestFactory(originHost) : null;
    String marker = "9".repeat(15);
    this.eir = options.message().equals("ecr") ? new EirRequestFactory(originHost) : null;
    this.sh = options.message().equals("udr") ? new ShRequestFactory(originHost) : null;
    if (options.message().equals("air")) {
      template =
          ApplicationHead.request(
                  S6aCommands.AUTHENTICATION_INFORMATION,
                  originHost + ";1;1",
                  originHost,
                  "localdomain")
              .add(BaseAvps.DESTINATION_REALM, "localdomain")
              .add(BaseAvps.USER_NAME, marker)
              .addGroup(
                  S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                  g -> g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 1))
              .add(S6aAvps.VISITED_PLMN_ID, S6aRequestFactory.TEST_PLMN)
              .build();
      imsiOffset = indexOf(template, marker.getBytes(StandardCharsets.US_ASCII));
    } else if (options.message().equals("swx-mar")) {
      // TS 29.273 §8.2.2.1: one EAP-AKA' item over WLAN, as a 3GPP AAA server asks on attach; the
      // subscribers need "non3gppAccess": true (benchmarks/swx-mar.sh provisions them so)
      template =
          ApplicationHead.request(
                  SwxCommands.MULTIMEDIA_AUTH, originHost + ";1;1", originHost, "localdomain")
              .add(BaseAvps.DESTINATION_REALM, "localdomain")
              .add(BaseAvps.USER_NAME, marker)
              .addGroup(
                  CxAvps.SIP_AUTH_DATA_ITEM,
                  g -> g.add(CxAvps.SIP_AUTHENTICATION_SCHEME, "EAP-AKA'"))
              .add(CxAvps.SIP_NUMBER_AUTH_ITEMS, 1L)
              .add(S6aAvps.RAT_TYPE, 0)
              .add(SwxAvps.ANID, "WLAN")
              .build();
      imsiOffset = indexOf(template, marker.getBytes(StandardCharsets.US_ASCII));
    } else if (options.message().equals("rir")) {
      // TS 29.173 §6.2.3: an RIR by IMSI (User-Name), as a GMLC asks before a location request
      template =
          ApplicationHead.request(
                  SlhCommands.LCS_ROUTING_INFO, originHost + ";1;1", originHost, "localdomain")
              .add(BaseAvps.DESTINATION_REALM, "localdomain")
              .add(BaseAvps.USER_NAME, marker)
              .build();
      imsiOffset = indexOf(template, marker.getBytes(StandardCharsets.US_ASCII));
    } else {
      template =
          MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
              .add(BaseAvps.ORIGIN_HOST, originHost)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build();
      imsiOffset = -1;
    }
  }

  /** The IMSI the last {@link #next} request names ("-" for DWR). */
  String lastImsi() {
    return lastImsi;
  }

  byte[] next(int hopByHop) {
    if (cx != null) {
      lastImsi = options.imsi(ThreadLocalRandom.current().nextInt(options.subscribers()));
      return cx.mar(hopByHop, lastImsi);
    }
    if (s6a != null) {
      lastImsi = options.imsi(ownIndex());
      return s6a.ulr(hopByHop, lastImsi);
    }
    if (sh != null) {
      return sh.udr(
          hopByHop, options.imsi(ThreadLocalRandom.current().nextInt(options.subscribers())));
    }
    if (eir != null) {
      int index = ThreadLocalRandom.current().nextInt(options.subscribers());
      lastImsi = options.imsi(index);
      return eir.ecr(hopByHop, index, lastImsi);
    }
    byte[] request = template.clone();
    EncodedHeader.setHopByHop(request, hopByHop);
    if (imsiOffset >= 0) {
      String imsi = options.imsi(ThreadLocalRandom.current().nextInt(options.subscribers()));
      lastImsi = imsi;
      for (int i = 0; i < 15; i++) {
        request[imsiOffset + i] = (byte) imsi.charAt(i);
      }
    }
    return request;
  }

  /** A random index of this connection's share: connection, connection + C, connection + 2C ... */
  int ownIndex() {
    int share = (options.subscribers() - 1 - connection) / options.connections() + 1;
    return connection
        + options.connections() * ThreadLocalRandom.current().nextInt(Math.max(1, share));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = DiameterMessage.HEADER_LENGTH; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("User-Name not found in the template");
  }
}
