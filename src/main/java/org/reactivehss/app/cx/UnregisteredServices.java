package org.reactivehss.app.cx;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.reactivehss.xml.SafeXml;

/**
 * Does an IMS subscription have "services related to the unregistered state" (TS 29.228 §6.1.4.1,
 * TS 23.228 §5.12: e.g. voicemail or diversion to CS when the user is not registered)? Read from
 * the User-Data XML the user would get (TS 29.228 Annex B.2.2 and E, CxDataType.xsd):
 *
 * <pre>
 * InitialFilterCriteria
 *   TriggerPoint
 *     SPT*   ConditionNegated? Group+ (RequestURI | Method | SIPHeader | SessionCase | SessionDescription)
 *   ProfilePartIndicator?        tProfilePartIndicator: 0 REGISTERED, 1 UNREGISTERED
 * SessionCase (tDirectionOfRequest): 0 ORIGINATING_REGISTERED, 1 TERMINATING_REGISTERED,
 *   2 TERMINATING_UNREGISTERED, 3 ORIGINATING_UNREGISTERED, 4 ORIGINATING_CDIV
 * </pre>
 *
 * <p>An iFC counts when its ProfilePartIndicator is 1 (it is the unregistered part of the profile),
 * or when it has no ProfilePartIndicator and one of its SPTs, not negated, is SessionCase 2.
 * Deliberately narrow, and the operator marks such services explicitly: an iFC naming no session
 * case and no profile part belongs to both parts (Annex B.2.2) and could fire for an unregistered
 * user as well, but counting it would give almost every profile "unregistered services" and make
 * 5003 unreachable; a negated SessionCase 0/1 is not read as "2" either. An iFC with
 * ProfilePartIndicator 0 is only applied while registered, whatever its session case. SessionCase 3
 * is not counted: an LIR for an originating request carries Originating-Request (TS 29.229
 * §6.3.34), which the caller honours without looking here.
 *
 * <p>XML that is not well-formed counts as no unregistered services: what this HSS cannot read, the
 * S-CSCF it would have the I-CSCF assign cannot run either, so the terminating request is refused
 * (5003) rather than routed to an S-CSCF with an unusable profile. The whole document is read
 * before the verdict, so a broken tail is never hidden by an early match. No DTD is processed and
 * no external entity is fetched ({@link SafeXml}). Never throws. The provisioning API refuses XML
 * that is not well-formed, so such a profile only reaches here from a database written some other
 * way.
 */
final class UnregisteredServices {
  /** tDirectionOfRequest TERMINATING_UNREGISTERED. */
  static final String TERMINATING_UNREGISTERED = "2";

  /** tProfilePartIndicator UNREGISTERED. */
  static final String UNREGISTERED_PART = "1";

  private UnregisteredServices() {}

  /**
   * True when {@code userData} has at least one iFC for the unregistered state; false also when
   * unreadable.
   */
  static boolean in(byte[] userData) {
    try {
      XMLStreamReader xml =
          SafeXml.factory().createXMLStreamReader(new ByteArrayInputStream(userData));
      try {
        return scan(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException malformed) {
      return false;
    }
  }

  private static boolean scan(XMLStreamReader xml) throws XMLStreamException {
    boolean found = false;
    boolean inIfc = false;
    boolean inSpt = false;
    String profilePart = null;
    boolean terminatingUnregistered = false;
    boolean negated = false;
    String sessionCase = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "InitialFilterCriteria" -> {
            inIfc = true;
            profilePart = null;
            terminatingUnregistered = false;
          }
          case "SPT" -> {
            inSpt = true;
            negated = false;
            sessionCase = null;
          }
          case "ProfilePartIndicator" ->
              profilePart = inIfc ? xml.getElementText().trim() : profilePart;
          case "ConditionNegated" -> negated = inSpt ? isTrue(xml.getElementText()) : negated;
          case "SessionCase" -> sessionCase = inSpt ? xml.getElementText().trim() : sessionCase;
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (xml.getLocalName()) {
          case "SPT" -> {
            terminatingUnregistered |=
                inIfc && !negated && TERMINATING_UNREGISTERED.equals(sessionCase);
            inSpt = false;
          }
          case "InitialFilterCriteria" -> {
            found |=
                UNREGISTERED_PART.equals(profilePart)
                    || profilePart == null && terminatingUnregistered;
            inIfc = false;
          }
          default -> {}
        }
      }
    }
    return found;
  }

  /** CxDataType tBool: xs:boolean, "1" or "true". */
  private static boolean isTrue(String value) {
    String v = value.trim();
    return "1".equals(v) || "true".equals(v);
  }
}
