package org.reactivehss.app.sh;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.reactivehss.store.ShRepositoryItem;

/**
 * The Sh-Data document of TS 29.328 Annex D (ShDataType.xsd, no target namespace), written in the
 * element order its sequences demand:
 *
 * <pre>
 * &lt;Sh-Data&gt;
 *   &lt;PublicIdentifiers&gt; IMSPublicIdentity* MSISDN* &lt;/PublicIdentifiers&gt;        tPublicIdentity
 *   &lt;RepositoryData&gt;                                                        tTransparentData*
 *     &lt;ServiceIndication/&gt; &lt;SequenceNumber/&gt; &lt;ServiceData&gt;any&lt;/ServiceData&gt;
 *   &lt;/RepositoryData&gt;
 *   &lt;Sh-IMS-Data&gt; S-CSCFName? IFCs? IMSUserState? &lt;/Sh-IMS-Data&gt;              tShIMSData
 *   &lt;Extension&gt;&lt;Extension&gt;&lt;Extension&gt;&lt;Extension&gt;                  tSh-Data-Extension 1 to 4
 *     EPSUserState? EPSLocationInformation?
 *   &lt;/Extension&gt;&lt;/Extension&gt;&lt;/Extension&gt;&lt;/Extension&gt;
 * &lt;/Sh-Data&gt;
 * </pre>
 *
 * Parts that were not asked for are left out; an element asked for whose data the HSS does not hold
 * is left empty where the schema allows it (e.g. Sh-IMS-Data without S-CSCFName).
 */
final class ShDataXml {
  private final List<String> impus = new ArrayList<>();
  private final List<String> msisdns = new ArrayList<>();
  private final List<ShRepositoryItem> repository = new ArrayList<>();
  private boolean publicIdentifiers;
  private boolean imsData;
  private String scscfName;
  private List<String> ifcs;
  private Integer imsUserState;
  private Integer epsUserState;
  private EpsLocation epsLocation;

  ShDataXml publicIdentities(List<String> identities) {
    publicIdentifiers = true;
    impus.addAll(identities);
    return this;
  }

  ShDataXml msisdn(String msisdn) {
    publicIdentifiers = true;
    if (msisdn != null) {
      msisdns.add(msisdn);
    }
    return this;
  }

  ShDataXml repositoryData(List<ShRepositoryItem> items) {
    repository.addAll(items);
    return this;
  }

  /** Sh-IMS-Data/S-CSCFName; {@code name} null leaves it out of a present Sh-IMS-Data. */
  ShDataXml scscfName(String name) {
    imsData = true;
    scscfName = name;
    return this;
  }

  /** Sh-IMS-Data/IFCs, each an InitialFilterCriteria element as XML text. */
  ShDataXml ifcs(List<String> criteria) {
    imsData = true;
    ifcs = List.copyOf(criteria);
    return this;
  }

  /** Sh-IMS-Data/IMSUserState (tIMSUserState). */
  ShDataXml imsUserState(int state) {
    imsData = true;
    imsUserState = state;
    return this;
  }

  /** EPSUserState (tPSUserState), in tSh-Data-Extension4. */
  ShDataXml epsUserState(int state) {
    epsUserState = state;
    return this;
  }

  /** EPSLocationInformation, in tSh-Data-Extension4. */
  ShDataXml epsLocation(EpsLocation location) {
    epsLocation = location;
    return this;
  }

  String build() {
    StringBuilder x =
        new StringBuilder(256).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Sh-Data>");
    if (publicIdentifiers) {
      x.append("<PublicIdentifiers>");
      impus.forEach(i -> element(x, "IMSPublicIdentity", i));
      msisdns.forEach(m -> element(x, "MSISDN", m));
      x.append("</PublicIdentifiers>");
    }
    for (ShRepositoryItem item : repository) {
      x.append("<RepositoryData>");
      element(x, "ServiceIndication", item.serviceIndication());
      element(x, "SequenceNumber", Integer.toString(item.sequenceNumber()));
      // the AS's own XML, stored as it came (TS 29.328 §7.6.1: transparent to the HSS)
      x.append("<ServiceData>").append(item.serviceData()).append("</ServiceData>");
      x.append("</RepositoryData>");
    }
    if (imsData) {
      x.append("<Sh-IMS-Data>");
      if (scscfName != null) {
        element(x, "S-CSCFName", scscfName);
      }
      if (ifcs != null && !ifcs.isEmpty()) {
        x.append("<IFCs>");
        ifcs.forEach(x::append);
        x.append("</IFCs>");
      }
      if (imsUserState != null) {
        element(x, "IMSUserState", imsUserState.toString());
      }
      x.append("</Sh-IMS-Data>");
    }
    if (epsUserState != null || epsLocation != null) {
      // Annex D: EPS data came with Rel-9 in the fourth level of the Extension chain
      x.append("<Extension><Extension><Extension><Extension>");
      if (epsUserState != null) {
        element(x, "EPSUserState", epsUserState.toString());
      }
      if (epsLocation != null) {
        location(x, epsLocation);
      }
      x.append("</Extension></Extension></Extension></Extension>");
    }
    return x.append("</Sh-Data>").toString();
  }

  /** tEPSLocationInformation; octet fields base64 (Annex D, RFC 2045). */
  private static void location(StringBuilder x, EpsLocation l) {
    x.append("<EPSLocationInformation>");
    base64(x, "E-UTRANCellGlobalId", l.ecgi());
    base64(x, "TrackingAreaId", l.tai());
    base64(x, "GeographicalInformation", l.geographical());
    base64(x, "GeodeticInformation", l.geodetic());
    if (l.mmeName() != null) {
      element(x, "MMEName", l.mmeName());
    }
    if (l.currentLocationRetrieved()) {
      element(x, "CurrentLocationRetrieved", "true");
    }
    if (l.age() != null) {
      element(x, "AgeOfLocationInformation", l.age().toString());
    }
    x.append("</EPSLocationInformation>");
  }

  private static void base64(StringBuilder x, String name, byte[] octets) {
    if (octets != null) {
      element(x, name, Base64.getEncoder().encodeToString(octets));
    }
  }

  private static void element(StringBuilder x, String name, String text) {
    x.append('<')
        .append(name)
        .append('>')
        .append(escape(text))
        .append("</")
        .append(name)
        .append('>');
  }

  /** XML 1.0 §2.4: the five predefined entities. */
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
