package org.reactivehss.e2e;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/** Validates Sh-Data documents against the TS 29.328 Annex D subset in sh/ShDataType-subset.xsd. */
final class ShDataSchema {
  private static final Schema SCHEMA = load();

  private ShDataSchema() {}

  private static Schema load() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      return f.newSchema(ShDataSchema.class.getResource("/sh/ShDataType-subset.xsd"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Throws when {@code xml} is not a valid Sh-Data document. */
  static void validate(String xml) throws Exception {
    SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
  }
}
