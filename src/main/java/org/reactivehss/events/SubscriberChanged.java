package org.reactivehss.events;

import java.util.List;

/**
 * Published on the event bus ({@link #ADDRESS}, local codec) after a provisioning change has been
 * committed, so that the Diameter applications can tell the serving nodes: S6a sends
 * Insert-Subscriber-Data, Delete-Subscriber-Data or Cancel-Location to the serving MME and SGSN (TS
 * 29.272 §5.2.2), Cx sends Push-Profile or Registration-Termination to the assigned S-CSCF (TS
 * 29.228 §6.1.3, §6.1.4), SWx sends them to the registered 3GPP AAA server (TS 29.273 §8.1.2.3,
 * §8.1.2.4).
 *
 * <p>The serving-node fields are a snapshot taken in the same transaction as the change (for a
 * deletion, just before the row disappeared), null when there is none.
 *
 * @param change what happened
 * @param barred the subscriber's status after the change is "barred" (S6a answers with CLR)
 * @param servingMmeHost Origin-Host of the MME that registered the subscriber with ULR
 * @param servingMmeRealm its Origin-Realm
 * @param scscfName the S-CSCF assigned through SAR (a SIP URI), for the subscriber's IMPI
 * @param impi the IMS private identity, when the subscriber has one
 * @param servingSgsnHost Origin-Host of the SGSN that registered the subscriber with ULR over S6d
 * @param servingSgsnRealm its Origin-Realm
 * @param removedContextIds Context-Identifiers of the APN configurations the change removed (S6a
 *     withdraws them with Delete-Subscriber-Data, TS 29.272 §5.2.2.2)
 * @param aaaServerName the 3GPP AAA server registered over SWx (TS 29.273 §8.1.2.2), or null
 */
public record SubscriberChanged(
    String imsi,
    Change change,
    boolean barred,
    String servingMmeHost,
    String servingMmeRealm,
    String scscfName,
    String impi,
    String servingSgsnHost,
    String servingSgsnRealm,
    List<Integer> removedContextIds,
    String aaaServerName) {

  public static final String ADDRESS = "hss.subscriber.changed";

  /** A change with no SGSN registration. */
  public SubscriberChanged(
      String imsi,
      Change change,
      boolean barred,
      String servingMmeHost,
      String servingMmeRealm,
      String scscfName,
      String impi) {
    this(
        imsi,
        change,
        barred,
        servingMmeHost,
        servingMmeRealm,
        scscfName,
        impi,
        null,
        null,
        List.of(),
        null);
  }

  /** What the provisioning API did. */
  public enum Change {
    CREATED,
    /** PUT over an existing subscriber, or PATCH: profile data changed. */
    UPDATED,
    DELETED,
    /** An operator asked to deregister the subscriber from IMS (administrative deregistration). */
    IMS_DEREGISTERED,
    /**
     * An operator asked to deregister the subscriber from non-3GPP access (SWx, TS 29.273
     * §8.1.2.3): the registered 3GPP AAA server gets Registration-Termination.
     */
    NON3GPP_DEREGISTERED
  }
}
