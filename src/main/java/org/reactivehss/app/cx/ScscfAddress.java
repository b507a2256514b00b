package org.reactivehss.app.cx;

/**
 * Where HSS-initiated Cx requests (RTR, PPR) go: the Diameter host of the assigned S-CSCF, derived
 * from its Server-Name, a SIP URI (TS 29.229 §6.3.3, RFC 3261 §19.1.1): {@code
 * sip:scscf.example.org:6060} is the Diameter peer {@code scscf.example.org}, in realm {@code
 * example.org}. This is how IMS cores deploy the S-CSCF (one name for SIP and Diameter); an S-CSCF
 * whose Diameter identity differs from its SIP host needs a Diameter agent that routes by
 * Destination-Realm.
 */
record ScscfAddress(String host, String realm) {

  static ScscfAddress of(String serverName, String defaultRealm) {
    String s = serverName.trim();
    int colon = s.indexOf(':');
    if (s.regionMatches(true, 0, "sip:", 0, 4) || s.regionMatches(true, 0, "sips:", 0, 5)) {
      s = s.substring(colon + 1);
    }
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(at + 1);
    }
    int end = s.length();
    for (char stop : new char[] {':', ';', '?', '/', '>'}) {
      int i = s.indexOf(stop);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String host = s.substring(0, end).toLowerCase();
    int dot = host.indexOf('.');
    String realm = dot > 0 && dot < host.length() - 1 ? host.substring(dot + 1) : defaultRealm;
    return new ScscfAddress(host, realm);
  }
}
