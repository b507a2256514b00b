package org.reactivehss.store;

/**
 * Outcome of {@link S6aStore#updateLocation}.
 *
 * @param profile the subscriber's profile as it was read under the row lock
 * @param registered true when the new MME was stored; false when the caller's check refused it
 * @param previousHost Origin-Host of the MME registered before, or null
 * @param previousRealm its realm, or null
 */
public record LocationUpdate(
    S6aProfile profile, boolean registered, String previousHost, String previousRealm) {}
