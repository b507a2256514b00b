package org.reactivehss.app.sh;

import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.identity.Msisdn;

/**
 * The User-Identity of an Sh request (TS 29.329 §6.3.1): User-Identity ::= [ Public-Identity ] [
 * MSISDN ]. Either names the user; both must name the same one (TS 29.328 §6.1.1.1, 5002).
 *
 * @param impu the Public-Identity (SIP or TEL URI), or null
 * @param msisdn the MSISDN as decimal digits, or null
 * @param malformed an MSISDN was given that is no TBCD number: it names nobody (5001)
 */
record ShUserIdentity(String impu, String msisdn, boolean malformed) {

  /** The identity of {@code request}, or null when its User-Identity holds neither AVP. */
  static ShUserIdentity of(DiameterMessage request) {
    Avp group = request.first(ShAvps.USER_IDENTITY);
    if (group == null) {
      return null;
    }
    Avp impu = group.first(CxAvps.PUBLIC_IDENTITY);
    Avp msisdn = group.first(ShAvps.MSISDN);
    if (impu == null && msisdn == null) {
      return null;
    }
    String digits = msisdn == null ? null : Msisdn.decode(msisdn.asOctets());
    return new ShUserIdentity(
        impu == null ? null : impu.asUtf8(), digits, msisdn != null && digits == null);
  }

  /** The key of data kept per identity: the IMPU when given, else the MSISDN. */
  String key() {
    return impu != null ? impu : msisdn;
  }

  /** The identity {@link #key} names again, as the HSS reads a stored key. */
  static ShUserIdentity ofKey(String key) {
    return key.chars().allMatch(Character::isDigit)
        ? new ShUserIdentity(null, key, false)
        : new ShUserIdentity(key, null, false);
  }
}
