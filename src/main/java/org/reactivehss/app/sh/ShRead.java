package org.reactivehss.app.sh;

import java.util.List;
import java.util.Set;
import org.reactivehss.store.ShDataReference;

/**
 * What an AS asks to read (UDR, or SNR with Send-Data-Indication): TS 29.329 §6.1.1.
 *
 * @param references the Data-References, in request order
 * @param serviceIndications for RepositoryData
 * @param identitySets the Identity-Set values for IMSPublicIdentity (empty: ALL_IDENTITIES)
 * @param serverName the Server-Name for InitialFilterCriteria, or null
 * @param requestedDomain Requested-Domain (TS 29.329 §6.3.7) for LocationInformation and UserState,
 *     or null
 * @param requestedNodes Requested-Nodes (§6.3.17) bits, or null when absent (any node)
 * @param activeLocation Current-Location (§6.3.8) InitiateActiveLocationRetrieval
 */
record ShRead(
    List<ShDataReference> references,
    List<String> serviceIndications,
    Set<Integer> identitySets,
    String serverName,
    Integer requestedDomain,
    Long requestedNodes,
    boolean activeLocation) {

  /** A read without location or user state (SNR with Send-Data-Indication, PNR). */
  ShRead(
      List<ShDataReference> references,
      List<String> serviceIndications,
      Set<Integer> identitySets,
      String serverName) {
    this(references, serviceIndications, identitySets, serverName, null, null, false);
  }

  /** TS 29.329 §6.3.7 Requested-Domain. */
  static final int CS_DOMAIN = 0;

  static final int PS_DOMAIN = 1;

  /** TS 29.329 §6.3.17 Requested-Nodes bit 0: MME. */
  static final long NODE_MME = 1;

  /** TS 29.329 §6.3.8 Current-Location. */
  static final int INITIATE_ACTIVE_LOCATION_RETRIEVAL = 1;

  /** TS 29.329 §6.3.10 Identity-Set. */
  static final int ALL_IDENTITIES = 0;

  static final int REGISTERED_IDENTITIES = 1;
  static final int IMPLICIT_IDENTITIES = 2;
  static final int ALIAS_IDENTITIES = 3;
}
