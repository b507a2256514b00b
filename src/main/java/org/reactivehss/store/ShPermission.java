package org.reactivehss.store;

import java.util.Set;

/**
 * The AS permission list of one Application Server (TS 29.328 §6.2): the Data-References it may
 * read with UDR, update with PUR and subscribe to with SNR.
 */
public record ShPermission(
    Set<ShDataReference> read, Set<ShDataReference> update, Set<ShDataReference> subscribe) {

  public ShPermission {
    read = Set.copyOf(read);
    update = Set.copyOf(update);
    subscribe = Set.copyOf(subscribe);
  }
}
