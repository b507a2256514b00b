package org.reactivehss.store;

/** Closed set of storage failure codes; the Diameter side maps them to answers deliberately. */
public enum StoreFailure {
  /** No such subscriber (S6a/Cx: Experimental-Result 5001 user unknown). */
  UNKNOWN_SUBSCRIBER,
  /** The database did not answer in time (Diameter 3004 DIAMETER_TOO_BUSY). */
  TIMEOUT,
  /** The database refused or failed (Diameter 5012 DIAMETER_UNABLE_TO_COMPLY). */
  UNAVAILABLE
}
