package org.reactivehss.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX parsing of operator-provided XML (the IMS subscription of TS 29.228 Annex E) with no DTD and
 * no external entity (OWASP XXE prevention): the one place where the parser is configured.
 */
public final class SafeXml {
  private SafeXml() {}

  /**
   * A fresh factory per use: the JDK does not promise that one is safe to share across threads, and
   * nothing that parses XML here is on the hot path. Namespace-aware, so prefixed elements match by
   * local name.
   */
  public static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  /**
   * Null when {@code xml} is one well-formed document, else what is wrong and where (no content
   * echoed).
   */
  public static String notWellFormed(String xml) {
    try {
      XMLStreamReader reader =
          factory()
              .createXMLStreamReader(
                  new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      try {
        while (reader.hasNext()) {
          reader.next();
        }
        return null;
      } finally {
        reader.close();
      }
    } catch (XMLStreamException malformed) {
      return malformed.getLocation() == null
          ? "is not well-formed XML"
          : "is not well-formed XML (line "
              + malformed.getLocation().getLineNumber()
              + ", column "
              + malformed.getLocation().getColumnNumber()
              + ")";
    }
  }
}
