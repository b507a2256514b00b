package org.reactivehss.auth;

import org.reactivehss.bus.Deadline;

/**
 * "Vectors for subscriber X", sent to {@link AuthVerticle#ADDRESS} as a local object (no
 * serialization). Arrays are handed over, not copied: the sender must not modify them afterwards.
 *
 * @param imsi the subscriber (User-Name of AIR/MAR, resolved to the IMSI by the handler)
 * @param kind which authentication data to build
 * @param n how many items, 1..{@link #MAX_VECTORS}; handlers clamp Number-Of-Requested-Vectors or
 *     SIP-Number-Auth-Items to this before sending (TS 29.272 §5.2.3.1.3 lets the HSS return fewer)
 * @param servingPlmn the serving network's name in the key derivation: the 3-octet Visited-PLMN-Id
 *     for {@link VectorKind#EUTRAN} (KASME), the access network identity (ANID, UTF-8) for {@link
 *     VectorKind#EAP_AKA_PRIME} (CK', IK'); null otherwise
 * @param resync RAND (16) || AUTS (14) from Re-Synchronization-Info or SIP-Authorization, or null
 * @param deadline the Diameter request's deadline: storage is asked only while it has not passed
 * @param peer the Origin-Host of the requesting node, for the subscriber's auth history (or null)
 */
public record VectorRequest(
    String imsi,
    VectorKind kind,
    int n,
    byte[] servingPlmn,
    byte[] resync,
    Deadline deadline,
    String peer) {
  /** One batch never exceeds the 32 IND slots, so its vectors stay usable in any order. */
  public static final int MAX_VECTORS = Sqn.IND_SLOTS;

  /** A request no peer waits on (tests, tools): bounded by the storage statement timeout alone. */
  public VectorRequest(String imsi, VectorKind kind, int n, byte[] servingPlmn, byte[] resync) {
    this(imsi, kind, n, servingPlmn, resync, Deadline.NONE, null);
  }

  /** A request with a deadline from no named peer. */
  public VectorRequest(
      String imsi, VectorKind kind, int n, byte[] servingPlmn, byte[] resync, Deadline deadline) {
    this(imsi, kind, n, servingPlmn, resync, deadline, null);
  }

  /** Why this request cannot be served, or null when it is well-formed. */
  public String invalidReason() {
    if (imsi == null || imsi.isEmpty()) {
      return "imsi is missing";
    }
    if (deadline == null) {
      return "deadline is missing";
    }
    if (kind == null) {
      return "kind is missing";
    }
    if (n < 1 || n > MAX_VECTORS) {
      return "n must be in 1.." + MAX_VECTORS + ", was " + n;
    }
    if (kind == VectorKind.EUTRAN && (servingPlmn == null || servingPlmn.length != 3)) {
      return "servingPlmn must be 3 octets for E-UTRAN vectors";
    }
    if (kind == VectorKind.EAP_AKA_PRIME
        && (servingPlmn == null
            || servingPlmn.length == 0
            || servingPlmn.length > AkaPrimeKeys.MAX_ANID_OCTETS)) {
      return "servingPlmn must hold the access network identity for EAP-AKA' items";
    }
    if (resync != null && resync.length != Resync.RAND_AND_AUTS_OCTETS) {
      return "resync must be RAND||AUTS, 30 octets, was " + resync.length;
    }
    return null;
  }

  @Override
  public String toString() {
    return "VectorRequest[imsi="
        + imsi
        + ", kind="
        + kind
        + ", n="
        + n
        + ", resync="
        + (resync != null)
        + "]";
  }
}
