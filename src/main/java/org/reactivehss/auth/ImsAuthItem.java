package org.reactivehss.auth;

/**
 * One SIP-Auth-Data-Item for Digest-AKAv1-MD5 (TS 29.228 §6.3, TS 29.229 §6.3.13, RFC 3310):
 * SIP-Authenticate = RAND || AUTN (32 octets), SIP-Authorization = XRES, Confidentiality-Key = CK,
 * Integrity-Key = IK. {@code toString} shows no key material.
 */
public record ImsAuthItem(byte[] sipAuthenticate, byte[] sipAuthorization, byte[] ck, byte[] ik)
    implements AuthVector {
  @Override
  public String toString() {
    return "ImsAuthItem[<redacted>]";
  }
}
