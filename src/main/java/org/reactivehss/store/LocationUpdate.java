package org.reactivehss.store;

/**
 * Outcome of {@link S6aStore#updateLocation}.
 *
 * @param profile the subscriber's profile as it was read under the row lock
 * @param registered true when the new node was stored; false when the caller's check refused it
 * @param previousHost Origin-Host of the node of the same kind (MME or SGSN) registered before, or
 *     null
 * @param previousRealm its realm, or null
 * @param withdrawnSgsnHost the SGSN registration an MME's Single-Registration-Indication removed,
 *     or null
 * @param withdrawnSgsnRealm its realm, or null
 * @param dataCurrent whether the node kind held the current subscription data before this update
 *     (TS 29.272 §5.2.1.1.3: Skip-Subscriber-Data is ignored when it did not)
 */
public record LocationUpdate(
    S6aProfile profile,
    boolean registered,
    String previousHost,
    String previousRealm,
    String withdrawnSgsnHost,
    String withdrawnSgsnRealm,
    boolean dataCurrent) {}
