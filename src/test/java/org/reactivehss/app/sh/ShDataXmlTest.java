package org.reactivehss.app.sh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactivehss.store.ShRepositoryItem;

/** The Sh-Data document's element order (TS 29.328 Annex D tShData) and escaping. */
class ShDataXmlTest {

  @Test
  void parts_areWrittenInSchemaOrder_whateverOrderTheyWereAskedIn() {
    String xml =
        new ShDataXml()
            .imsUserState(1)
            .scscfName("sip:s1")
            .repositoryData(List.of(new ShRepositoryItem("si", 3, "<a/>")))
            .msisdn("15550001")
            .publicIdentities(List.of("sip:u@x"))
            .build();
    assertThat(xml)
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Sh-Data><PublicIdentifiers>"
                + "<IMSPublicIdentity>sip:u@x</IMSPublicIdentity><MSISDN>15550001</MSISDN>"
                + "</PublicIdentifiers><RepositoryData><ServiceIndication>si</ServiceIndication>"
                + "<SequenceNumber>3</SequenceNumber><ServiceData><a/></ServiceData>"
                + "</RepositoryData><Sh-IMS-Data><S-CSCFName>sip:s1</S-CSCFName>"
                + "<IMSUserState>1</IMSUserState></Sh-IMS-Data></Sh-Data>");
  }

  @Test
  void identities_areEscaped() {
    assertThat(new ShDataXml().publicIdentities(List.of("sip:a<b>&\"'@x")).build())
        .contains("<IMSPublicIdentity>sip:a&lt;b&gt;&amp;&quot;&apos;@x</IMSPublicIdentity>");
  }
}
