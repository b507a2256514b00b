package org.reactivehss.tools.loadgen;

import java.nio.charset.StandardCharsets;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.dict.Values;

/**
 * Multimedia-Auth-Requests for {@code --message mar} (TS 29.229 §6.1.7): one Digest-AKAv1-MD5 item
 * for the subscriber with IMPI {@code <imsi>@ims.localdomain} and IMPU {@code
 * sip:<imsi>@ims.localdomain} (as benchmarks/cx-mar.sh provisions them), from the subscriber's
 * S-CSCF: one of {@link #SCSCFS}, chosen by the IMSI, whichever connection carries the request.
 *
 * <p>Why by subscriber, not by connection: in an IMS a user's re-registrations reach the S-CSCF it
 * was assigned, so the HSS stores a new S-CSCF name on the first MAR and then finds it unchanged.
 * Naming the S-CSCF after the connection (as this generator did until commit 3a78054) moved most
 * subscribers from one S-CSCF to another on every MAR, so every MAR paid a write and a commit no
 * real network asks for.
 */
final class CxRequestFactory {
  static final String IMS_DOMAIN = "ims.localdomain";
  static final int SCSCFS = 4;

  private final String originHost;
  private long session;

  CxRequestFactory(String originHost) {
    this.originHost = originHost;
  }

  byte[] mar(int hopByHop, String imsi) {
    return mar(hopByHop, imsi, scscfOf(imsi));
  }

  byte[] mar(int hopByHop, String imsi, String scscf) {
    String impi = imsi + "@" + IMS_DOMAIN;
    return ApplicationHead.request(
            CxCommands.MULTIMEDIA_AUTH, originHost + ";1;" + (++session), originHost, "localdomain")
        .hopByHop(hopByHop)
        .endToEnd(hopByHop)
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .add(BaseAvps.USER_NAME, impi)
        .add(CxAvps.PUBLIC_IDENTITY, "sip:" + imsi + "@" + IMS_DOMAIN)
        .add(CxAvps.SIP_NUMBER_AUTH_ITEMS, 1L)
        .addGroup(
            CxAvps.SIP_AUTH_DATA_ITEM,
            g -> g.add(CxAvps.SIP_AUTHENTICATION_SCHEME, "Digest-AKAv1-MD5"))
        .add(CxAvps.SERVER_NAME, scscf)
        .build();
  }

  /** UAR for a registration (User-Authorization-Type REGISTRATION, TS 29.229 §6.3.24). */
  byte[] uar(int hopByHop, String imsi) {
    return head(CxCommands.USER_AUTHORIZATION, hopByHop, imsi)
        .add(CxAvps.VISITED_NETWORK_IDENTIFIER, "localdomain".getBytes(StandardCharsets.UTF_8))
        .add(CxAvps.USER_AUTHORIZATION_TYPE, Values.UserAuthorizationType.REGISTRATION)
        .build();
  }

  /**
   * SAR REGISTRATION asking for the user profile, or RE_REGISTRATION with the profile already at
   * the S-CSCF (TS 29.229 §6.3.15, §6.3.16).
   */
  byte[] sar(int hopByHop, String imsi, String scscf, boolean reRegistration) {
    return head(CxCommands.SERVER_ASSIGNMENT, hopByHop, imsi)
        .add(CxAvps.SERVER_NAME, scscf)
        .add(
            CxAvps.SERVER_ASSIGNMENT_TYPE,
            reRegistration
                ? Values.ServerAssignmentType.RE_REGISTRATION
                : Values.ServerAssignmentType.REGISTRATION)
        .add(
            CxAvps.USER_DATA_ALREADY_AVAILABLE,
            reRegistration
                ? Values.UserDataAlreadyAvailable.USER_DATA_ALREADY_AVAILABLE
                : Values.UserDataAlreadyAvailable.USER_DATA_NOT_AVAILABLE)
        .build();
  }

  /** The S-CSCF of a pool of {@code pool}: sip:scscf-K.localdomain:6060, K = the IMSI mod pool. */
  static String scscfOf(String imsi, int pool) {
    return "sip:scscf-" + Long.parseLong(imsi) % pool + ".localdomain:6060";
  }

  private MessageBuilder head(CommandDef command, int hopByHop, String imsi) {
    return ApplicationHead.request(
            command, originHost + ";1;" + (++session), originHost, "localdomain")
        .hopByHop(hopByHop)
        .endToEnd(hopByHop)
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .add(BaseAvps.USER_NAME, imsi + "@" + IMS_DOMAIN)
        .add(CxAvps.PUBLIC_IDENTITY, "sip:" + imsi + "@" + IMS_DOMAIN);
  }

  /**
   * The S-CSCF serving {@code imsi}: sip:scscf-K.localdomain:6060, K = the IMSI's last digit mod 4.
   */
  static String scscfOf(String imsi) {
    return "sip:scscf-" + (imsi.charAt(imsi.length() - 1) - '0') % SCSCFS + ".localdomain:6060";
  }
}
