package org.reactivehss.app.cx;

import java.nio.charset.StandardCharsets;
import org.reactivehss.store.ImsSubscription;

/**
 * The User-Data of SAA and PPR (TS 29.229 §6.3.4): the IMS subscription XML of TS 29.228 Annex E
 * (schema CxDataType.xsd, also used by TS 29.328 for Sh).
 *
 * <pre>
 * &lt;IMSSubscription&gt;
 *   &lt;PrivateID&gt;impi&lt;/PrivateID&gt;
 *   &lt;ServiceProfile&gt;
 *     &lt;PublicIdentity&gt;
 *       &lt;BarringIndication&gt;1&lt;/BarringIndication&gt;&lt;Identity&gt;impu&lt;/Identity&gt;
 *     &lt;/PublicIdentity&gt; ...
 *     InitialFilterCriteria from the template, ${impu} replaced
 *   &lt;/ServiceProfile&gt;
 * &lt;/IMSSubscription&gt;
 * </pre>
 *
 * <p>One ServiceProfile holds every public identity of the IMPI (one implicit registration set).
 * BarringIndication appears only for barred identities (its default is false). A subscription
 * provisioned with its own XML ({@code ims.serviceProfile}) is sent as it is.
 */
final class ImsSubscriptionXml {
  static final String PLACEHOLDER = "${impu}";

  private ImsSubscriptionXml() {}

  /**
   * The User-Data octets; {@code impu} is the identity the template is filled in for (null: the
   * first).
   */
  static byte[] userData(ImsSubscription s, String impu, String ifcTemplate) {
    if (s.serviceProfile() != null && !s.serviceProfile().isBlank()) {
      return s.serviceProfile().getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder xml =
        new StringBuilder(512)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            .append("<IMSSubscription><PrivateID>")
            .append(escape(s.impi()))
            .append("</PrivateID><ServiceProfile>");
    for (ImsSubscription.PublicIdentity p : s.publicIdentities()) {
      xml.append("<PublicIdentity>");
      if (p.barred()) {
        xml.append("<BarringIndication>1</BarringIndication>");
      }
      xml.append("<Identity>").append(escape(p.impu())).append("</Identity></PublicIdentity>");
    }
    String forImpu =
        impu != null
            ? impu
            : s.publicIdentities().isEmpty() ? "" : s.publicIdentities().get(0).impu();
    xml.append(ifcTemplate.replace(PLACEHOLDER, escape(forImpu)));
    return xml.append("</ServiceProfile></IMSSubscription>")
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  /** XML 1.0 §2.4 character data and attribute values: the five predefined entities. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
