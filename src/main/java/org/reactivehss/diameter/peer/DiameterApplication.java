package org.reactivehss.diameter.peer;

import java.util.List;
import org.reactivehss.diameter.dict.Applications;

/**
 * The Diameter applications a configured peer may be granted by name ({@code
 * diameter.peers[].applications}), whether this HSS serves each, and how it holds a peer to its
 * {@code imsi-prefixes} on each. A peer restricted to IMSI prefixes must never reach a subscriber
 * outside them, so it may only be granted applications that check every request against the
 * prefixes (the config package refuses the rest at start). An application added here declares its
 * {@link ImsiCheck}; nothing else has to remember it.
 */
public enum DiameterApplication {
  /**
   * TS 29.272: User-Name is the IMSI; checked by the peer layer before the request is dispatched.
   */
  S6A("s6a", Applications.S6A, true, ImsiCheck.USER_NAME),
  /**
   * TS 29.229: IMPI and IMPU name the subscriber; checked by each handler on the IMSI its lookup
   * finds.
   */
  CX("cx", Applications.CX, true, ImsiCheck.IDENTITY_LOOKUP),
  /**
   * TS 29.329: an Application Server names the user by IMPU or MSISDN; the IMSI is known only once
   * the handler has looked them up (as on Cx).
   */
  SH("sh", Applications.SH, true, ImsiCheck.IDENTITY_LOOKUP),
  /**
   * TS 29.273 §8 (3GPP AAA server): User-Name is the IMSI, bare or in a NAI; checked by each
   * handler on the IMSI it reads from it.
   */
  SWX("swx", Applications.SWX, true, ImsiCheck.IDENTITY_LOOKUP),
  /**
   * TS 29.272 §6 (EIR): ME Identity Check names equipment; its User-Name, when present, is the IMSI
   * and is held to the prefixes by the peer layer. Without one the request names no subscriber.
   */
  S13("s13", Applications.S13, true, ImsiCheck.USER_NAME_WHEN_PRESENT),
  /**
   * TS 29.173: User-Name (IMSI) or MSISDN names the subscriber; the IMSI is known for certain only
   * once the handler has looked it up (an RIR may carry the MSISDN alone).
   */
  SLH("slh", Applications.SLH, true, ImsiCheck.IDENTITY_LOOKUP);

  /** How requests of one application are held to the asking peer's IMSI prefixes. */
  public enum ImsiCheck {
    /** The request names the IMSI itself (User-Name): refused with 5003 before it is dispatched. */
    USER_NAME,
    /**
     * As {@link #USER_NAME} when the request carries a User-Name; a request without one (optional
     * there) names no subscriber and passes.
     */
    USER_NAME_WHEN_PRESENT,
    /**
     * The IMSI is known only once the handler has looked the identities up: answered as unknown.
     */
    IDENTITY_LOOKUP
  }

  private static final List<DiameterApplication> ALL = List.of(values());

  private final String configName;
  private final int id;
  private final boolean served;
  private final ImsiCheck imsiCheck;

  DiameterApplication(String configName, int id, boolean served, ImsiCheck imsiCheck) {
    this.configName = configName;
    this.id = id;
    this.served = served;
    this.imsiCheck = imsiCheck;
  }

  /** The name in {@code diameter.peers[].applications}. */
  public String configName() {
    return configName;
  }

  /** The application id (TS 29.230 §4.1), as in the message header. */
  public int id() {
    return id;
  }

  /** Whether this HSS serves it: advertised in CER/CEA, and reachable by a peer granted "all". */
  public boolean served() {
    return served;
  }

  public ImsiCheck imsiCheck() {
    return imsiCheck;
  }

  /** The application named {@code configName} (lower case), or null. */
  public static DiameterApplication named(String configName) {
    return ALL.stream().filter(a -> a.configName.equals(configName)).findFirst().orElse(null);
  }

  /** The application with header id {@code id}, or null (base protocol, relay, unknown). */
  public static DiameterApplication byId(int id) {
    for (DiameterApplication a : ALL) {
      if (a.id == id) {
        return a;
      }
    }
    return null;
  }

  /** Every name {@code applications} accepts. */
  public static List<String> configNames() {
    return ALL.stream().map(DiameterApplication::configName).toList();
  }

  /** The ids of the applications this HSS serves, in declaration order. */
  public static List<Integer> servedIds() {
    return ALL.stream().filter(DiameterApplication::served).map(DiameterApplication::id).toList();
  }
}
