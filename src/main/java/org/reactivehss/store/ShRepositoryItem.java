package org.reactivehss.store;

/**
 * One item of repository data (TS 29.328 §7.6.1): the transparent data an AS keeps for a public
 * identity under a Service-Indication, with its Sequence-Number.
 *
 * @param serviceData the content of the ServiceData element as the AS sent it (XML text)
 */
public record ShRepositoryItem(String serviceIndication, int sequenceNumber, String serviceData) {}
