package org.reactivehss.app.sh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.store.ImsSubscription;
import org.reactivehss.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The InitialFilterCriteria an AS may read (TS 29.328 §7.6.3, Data-Reference
 * InitialFilterCriteria): those of the user's service profile whose ApplicationServer/ServerName is
 * the Server-Name of the UDR, copied as they are (TS 29.228 Annex B.2.2 elements). The profile is
 * the one Cx gives the S-CSCF: the provisioned IMS subscription XML, else the configured iFC
 * template filled in for the asked identity. A profile that is not well-formed yields none.
 */
final class IfcSelection {
  static final String PLACEHOLDER = "${impu}";

  private IfcSelection() {}

  static List<String> forServer(
      ImsSubscription ims, String impu, String ifcTemplate, String serverName) {
    String source;
    if (ims.serviceProfile() != null && !ims.serviceProfile().isBlank()) {
      source = ims.serviceProfile();
    } else if (!ifcTemplate.isEmpty()) {
      String forImpu = impu != null ? impu : first(ims);
      source = "<IFCs>" + ifcTemplate.replace(PLACEHOLDER, ShDataXml.escape(forImpu)) + "</IFCs>";
    } else {
      return List.of();
    }
    Document doc = SafeXml.document(source.getBytes(StandardCharsets.UTF_8));
    if (doc == null) {
      return List.of();
    }
    List<String> selected = new ArrayList<>();
    NodeList all = doc.getElementsByTagNameNS("*", "InitialFilterCriteria");
    for (int i = 0; i < all.getLength(); i++) {
      Element ifc = (Element) all.item(i);
      NodeList servers = ifc.getElementsByTagNameNS("*", "ServerName");
      for (int j = 0; j < servers.getLength(); j++) {
        if (servers.item(j).getTextContent().trim().equals(serverName)) {
          selected.add(SafeXml.text(ifc));
          break;
        }
      }
    }
    return selected;
  }

  private static String first(ImsSubscription ims) {
    return ims.publicIdentities().isEmpty() ? "" : ims.publicIdentities().get(0).impu();
  }
}
