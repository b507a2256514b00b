package org.reactivehss.store;

import java.util.List;

/**
 * One IMS subscription as Cx sees it: the private identity (IMPI), its public identities (IMPUs)
 * with their barring and registration state, the assigned S-CSCF and the provisioned User-Data, if
 * any.
 *
 * <p>All public identities of one IMPI form one implicit registration set (TS 29.228 §6.1.2, TS
 * 23.228 §5.2.1a): a Server-Assignment changes the state of all of them together.
 *
 * @param scscfName the S-CSCF assigned by SAR or named by MAR (a SIP URI), or null
 * @param authPending the S-CSCF name came from MAR and no SAR has confirmed it yet
 * @param serviceProfile the IMS subscription XML provisioned for this subscriber, or null
 * @param roamingAllowed the subscriber may register from a visited network
 */
public record ImsSubscription(
    String imsi,
    String impi,
    String scscfName,
    boolean authPending,
    String serviceProfile,
    boolean roamingAllowed,
    List<PublicIdentity> publicIdentities) {

  public ImsSubscription {
    publicIdentities = List.copyOf(publicIdentities);
  }

  /** One IMPU: its URI, registration state, and TS 29.228 Annex E BarringIndication. */
  public record PublicIdentity(String impu, RegistrationState state, boolean barred) {}

  /** The identity named {@code impu}, or null when it is not one of this subscription's. */
  public PublicIdentity identity(String impu) {
    for (PublicIdentity p : publicIdentities) {
      if (p.impu().equals(impu)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The state of the implicit registration set: registered wins over unregistered over not
   * registered.
   */
  public RegistrationState state() {
    RegistrationState best = RegistrationState.NOT_REGISTERED;
    for (PublicIdentity p : publicIdentities) {
      if (p.state() == RegistrationState.REGISTERED) {
        return RegistrationState.REGISTERED;
      }
      if (p.state() == RegistrationState.UNREGISTERED) {
        best = RegistrationState.UNREGISTERED;
      }
    }
    return best;
  }
}
