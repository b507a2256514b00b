package org.reactivehss.auth;

/** Which kind of authentication data a request asks for. */
public enum VectorKind {
  /** S6a E-UTRAN vector: RAND, XRES, AUTN, KASME (TS 29.272 §7.3.18, TS 33.401 §6.1). */
  EUTRAN,
  /** S6a UTRAN/GERAN quintuplet: RAND, XRES, AUTN, CK, IK (TS 29.272 §7.3.19, TS 33.102 §6.3.2). */
  UTRAN,
  /** Cx SIP-Auth-Data-Item for Digest-AKAv1-MD5 (TS 29.228 §6.3, RFC 3310). */
  IMS,
  /**
   * SWx SIP-Auth-Data-Item for EAP-AKA (TS 29.273 §8.2.3.x, RFC 4187): RAND, AUTN, XRES, CK, IK.
   */
  EAP_AKA,
  /**
   * SWx SIP-Auth-Data-Item for EAP-AKA' (TS 29.273, TS 33.402 §6.2, RFC 9048): CK' and IK' in place
   * of CK and IK, bound to the access network identity; AMF separation bit set.
   */
  EAP_AKA_PRIME
}
