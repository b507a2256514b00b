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
 */
record ShRead(
    List<ShDataReference> references,
    List<String> serviceIndications,
    Set<Integer> identitySets,
    String serverName) {

  /** TS 29.329 §6.3.10 Identity-Set. */
  static final int ALL_IDENTITIES = 0;

  static final int REGISTERED_IDENTITIES = 1;
  static final int IMPLICIT_IDENTITIES = 2;
  static final int ALIAS_IDENTITIES = 3;
}
