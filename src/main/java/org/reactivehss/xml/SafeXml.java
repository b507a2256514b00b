package org.reactivehss.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

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

  /**
   * The DOM of {@code xml} (one well-formed document), parsed with DOCTYPE declarations refused and
   * external entities off, or null when it is not well-formed. For small documents an Application
   * Server sends (Sh-User-Data), where the tree is needed to copy fragments.
   */
  public static Document document(byte[] xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(true);
      var builder = f.newDocumentBuilder();
      // a handler that throws without printing: nothing of the document reaches stderr
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException | java.io.IOException malformed) {
      return null;
    }
  }

  /** {@code node} written back as XML text, without an XML declaration. */
  public static String text(Node node) {
    try {
      TransformerFactory f = TransformerFactory.newDefaultInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer t = f.newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      java.io.StringWriter out = new java.io.StringWriter();
      t.transform(new DOMSource(node), new StreamResult(out));
      return out.toString();
    } catch (TransformerException impossible) {
      throw new IllegalStateException("an in-memory DOM could not be written", impossible);
    }
  }
}
