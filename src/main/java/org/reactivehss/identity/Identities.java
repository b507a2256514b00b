package org.reactivehss.identity;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The forms a subscriber identity can take (TS 23.003), checked in one place: the provisioning API
 * refuses anything else (400 naming the field), and the Diameter applications answer a request
 * naming anything else as an unknown user (5001) without asking the database, since no such
 * identity can have been stored. Each check returns null when the value is acceptable, else the
 * reason.
 *
 * <p>Bounds: PostgreSQL refuses NUL in text (SQLSTATE 22021) and B-tree index entries over about
 * 2.7 KB (the IMPU and IMPI columns are indexed); XML 1.0 cannot carry control characters at all,
 * not even escaped, and IMPI and IMPU end up in the User-Data of SAA and PPR.
 */
public final class Identities {
  /**
   * TS 23.003 §2.2: MCC (3) + MNC (2 or 3) + MSIN; stored IMSIs have 14 or 15 digits (V1 CHECK).
   */
  public static final Pattern IMSI = Pattern.compile("[0-9]{14,15}");

  /** RFC 7542 §2.2: an NAI of 253 octets must be supported; 255 leaves the API's earlier bound. */
  public static final int MAX_IMPI_OCTETS = 255;

  /** Far above any SIP or tel URI a network assigns, far below the 2.7 KB index-entry limit. */
  public static final int MAX_IMPU_OCTETS = 512;

  /**
   * RFC 7542 §2.2 realm: labels of letters (any script), digits and inner hyphens, separated by
   * dots.
   */
  private static final Pattern REALM =
      Pattern.compile(
          "[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*");

  /** RFC 3261 §25.1 SIP-URI: unreserved, reserved and %HH escapes, "[" "]" for IPv6 references. */
  private static final Pattern SIP_URI =
      Pattern.compile("sips?:([A-Za-z0-9\\-_.!~*'()&=+$,;?/:@\\[\\]]|%[0-9A-Fa-f]{2})+");

  /** RFC 3966 §3 telephone-subscriber: digits with visual separators, then ;parameters. */
  private static final Pattern TEL_URI =
      Pattern.compile(
          "tel:\\+?[0-9A-Fa-f*#().\\-]*[0-9A-Fa-f*#][0-9A-Fa-f*#().\\-]*"
              + "(;([A-Za-z0-9\\-_.!~*'()&=+$,:/\\[\\]]|%[0-9A-Fa-f]{2})+)*");

  private Identities() {}

  public static boolean isImsi(String text) {
    return text != null && IMSI.matcher(text).matches();
  }

  /** TS 23.003 §13.3: the IMPI is an NAI, username@realm (RFC 7542 §2.2), in UTF-8. */
  public static String impiProblem(String text) {
    String unusable = unusableText(text, MAX_IMPI_OCTETS);
    if (unusable != null) {
      return unusable;
    }
    int at = text.lastIndexOf('@');
    if (at <= 0 || text.indexOf('@') != at || !REALM.matcher(text.substring(at + 1)).matches()) {
      return "must be an NAI, username@realm (TS 23.003 §13.3, RFC 7542)";
    }
    return text.codePoints().anyMatch(Character::isWhitespace) ? "must not contain spaces" : null;
  }

  /**
   * TS 23.003 §13.4: a SIP or SIPS URI (RFC 3261) or a tel URI (RFC 3966); ASCII, as those RFCs
   * write them.
   */
  public static String impuProblem(String text) {
    String unusable = unusableText(text, MAX_IMPU_OCTETS);
    if (unusable != null) {
      return unusable;
    }
    if (!SIP_URI.matcher(text).matches() && !TEL_URI.matcher(text).matches()) {
      return "must be a sip:, sips: or tel: URI (TS 23.003 §13.4; RFC 3261 §25.1, RFC 3966 §3)";
    }
    return null;
  }

  public static boolean isImpi(String text) {
    return impiProblem(text) == null;
  }

  public static boolean isImpu(String text) {
    return impuProblem(text) == null;
  }

  /**
   * Why {@code text} cannot be stored and sent as it is: empty, longer than {@code maxOctets} in
   * UTF-8, holding a control character, or a lone surrogate (which UTF-8 cannot encode: it would be
   * replaced silently). Null when none of these.
   */
  public static String unusableText(String text, int maxOctets) {
    if (text == null || text.isEmpty()) {
      return "must not be empty";
    }
    if (longerThan(text, maxOctets)) {
      return "must be at most " + maxOctets + " octets in UTF-8";
    }
    return characterProblem(text, false);
  }

  /** Whether {@code text} takes more than {@code maxOctets} octets in UTF-8. */
  public static boolean longerThan(String text, int maxOctets) {
    // a char is 1 to 3 UTF-8 octets (a surrogate pair, 2 chars, is 4): encode only when it can
    // matter
    return text.length() > maxOctets
        || (long) text.length() * 3 > maxOctets
            && text.getBytes(StandardCharsets.UTF_8).length > maxOctets;
  }

  /**
   * Why {@code text} holds a character that has no place in stored text: a lone surrogate, or a
   * control character (C0, DEL, C1; with {@code xmlWhitespace}, tab, CR and LF are allowed, as XML
   * 1.0 §2.2 allows them). Null when none.
   */
  public static String characterProblem(String text, boolean xmlWhitespace) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "must be valid Unicode (it holds a lone surrogate)";
      } else if (Character.isISOControl(c)
          && !(xmlWhitespace && (c == '\t' || c == '\n' || c == '\r'))) {
        return "must not contain control characters";
      }
    }
    return null;
  }
}
