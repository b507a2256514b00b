package org.reactivehss.store;

/**
 * One subscription to notifications (TS 29.328 §6.1.3): the AS that gets the PNR and what it
 * watches.
 *
 * @param serviceIndication for {@link ShDataReference#REPOSITORY_DATA}; "" otherwise
 */
public record ShSubscription(
    String identity,
    String originHost,
    String originRealm,
    ShDataReference dataReference,
    String serviceIndication) {}
