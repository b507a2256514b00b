package org.reactivehss.app.sh;

import java.util.ArrayList;
import java.util.List;
import org.reactivehss.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The repository data items of a PUR's Sh-User-Data (TS 29.328 §6.1.2, Annex D tTransparentData):
 *
 * <pre>
 * &lt;Sh-Data&gt;&lt;RepositoryData&gt;
 *   &lt;ServiceIndication&gt;si&lt;/ServiceIndication&gt;&lt;SequenceNumber&gt;n&lt;/SequenceNumber&gt;
 *   &lt;ServiceData&gt;any XML&lt;/ServiceData&gt;
 * &lt;/RepositoryData&gt;...&lt;/Sh-Data&gt;
 * </pre>
 *
 * A ServiceData that is absent or holds nothing but white space removes the item (§6.1.2.1). The
 * content of ServiceData is kept as XML text, transparent to the HSS.
 */
final class RepositoryUpdate {
  /** One item to write; {@code serviceData} null removes it. */
  record Item(String serviceIndication, int sequenceNumber, String serviceData) {}

  private RepositoryUpdate() {}

  /**
   * The items, or null when the document is no Sh-Data with at least one well-formed RepositoryData
   * (5100 DIAMETER_ERROR_USER_DATA_NOT_RECOGNIZED).
   */
  static List<Item> parse(byte[] shUserData) {
    Document doc = SafeXml.document(shUserData);
    if (doc == null || !"Sh-Data".equals(doc.getDocumentElement().getLocalName())) {
      return null;
    }
    List<Item> items = new ArrayList<>();
    for (Element repository : children(doc.getDocumentElement(), "RepositoryData")) {
      Item item = item(repository);
      if (item == null) {
        return null;
      }
      items.add(item);
    }
    return items.isEmpty() ? null : items;
  }

  private static Item item(Element repository) {
    List<Element> indication = children(repository, "ServiceIndication");
    List<Element> sequence = children(repository, "SequenceNumber");
    List<Element> data = children(repository, "ServiceData");
    if (indication.size() != 1 || sequence.size() != 1 || data.size() > 1) {
      return null;
    }
    String si = indication.get(0).getTextContent().trim();
    int number;
    try {
      number = Integer.parseInt(sequence.get(0).getTextContent().trim());
    } catch (NumberFormatException notANumber) {
      return null;
    }
    if (si.isEmpty() || number < 0 || number > 65535) {
      return null;
    }
    String content = data.isEmpty() ? null : content(data.get(0));
    return new Item(si, number, content == null || content.isBlank() ? null : content);
  }

  private static String content(Element serviceData) {
    StringBuilder out = new StringBuilder();
    NodeList nodes = serviceData.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      out.append(
          n.getNodeType() == Node.TEXT_NODE
              ? ShDataXml.escape(n.getTextContent())
              : SafeXml.text(n));
    }
    return out.toString();
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }
}
