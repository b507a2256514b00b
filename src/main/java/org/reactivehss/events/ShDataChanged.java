package org.reactivehss.events;

/**
 * Published on the event bus ({@link #ADDRESS}, local codec) after a change to data an Application
 * Server may have subscribed to over Sh (TS 29.328 §6.1.4) has been committed: repository data
 * written by PUR or the provisioning API, or the IMS registration state and S-CSCF changed by a Cx
 * Server-Assignment. The Sh push verticle sends Push-Notification to the subscribed ASs.
 *
 * @param imsi the subscriber whose data changed
 * @param what which data changed
 * @param identity the public identity (IMPU or MSISDN) of repository data; null for IMS state
 * @param serviceIndication the Service-Indication of repository data; null for IMS state
 */
public record ShDataChanged(String imsi, What what, String identity, String serviceIndication) {

  public static final String ADDRESS = "hss.sh.changed";

  /** What changed. */
  public enum What {
    /** TS 29.328 §7.6.1 repository data of one identity and Service-Indication. */
    REPOSITORY_DATA,
    /** §7.6.4, §7.6.5: IMS user state and S-CSCF name of the implicit registration set. */
    IMS_STATE
  }
}
