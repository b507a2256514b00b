package org.reactivehss.app.cx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.reactivehss.store.ImsSubscription;
import org.reactivehss.store.RegistrationState;
import org.w3c.dom.Document;

class ImsSubscriptionXmlTest {
  static final String TEMPLATE =
      "<InitialFilterCriteria><Priority>0</Priority><ApplicationServer>"
          + "<ServerName>sip:as.localdomain</ServerName><DefaultHandling>0</DefaultHandling>"
          + "<ServiceInfo>${impu}</ServiceInfo></ApplicationServer></InitialFilterCriteria>";

  @Test
  void generatedSubscription_isWellFormed_withEveryIdentityEscapedAndBarringShown()
      throws Exception {
    ImsSubscription s = subscription(null);

    Document doc = parse(ImsSubscriptionXml.userData(s, "sip:a&b@x", TEMPLATE));

    assertThat(doc.getElementsByTagName("PrivateID").item(0).getTextContent())
        .isEqualTo("impi<1>@x");
    assertThat(doc.getElementsByTagName("Identity").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagName("Identity").item(0).getTextContent())
        .isEqualTo("sip:a&b@x");
    assertThat(doc.getElementsByTagName("BarringIndication").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("ServiceInfo").item(0).getTextContent())
        .isEqualTo("sip:a&b@x");
  }

  @Test
  void provisionedSubscription_isSentAsItIs() {
    String provisioned = "<IMSSubscription><PrivateID>p</PrivateID></IMSSubscription>";
    assertThat(
            new String(
                ImsSubscriptionXml.userData(subscription(provisioned), null, TEMPLATE),
                StandardCharsets.UTF_8))
        .isEqualTo(provisioned);
  }

  @Test
  void noTemplate_meansNoInitialFilterCriteria() throws Exception {
    Document doc = parse(ImsSubscriptionXml.userData(subscription(null), null, ""));
    assertThat(doc.getElementsByTagName("InitialFilterCriteria").getLength()).isZero();
  }

  private static ImsSubscription subscription(String profile) {
    return new ImsSubscription(
        "001010000000001",
        "impi<1>@x",
        "sip:scscf",
        false,
        profile,
        true,
        List.of(
            new ImsSubscription.PublicIdentity("sip:a&b@x", RegistrationState.REGISTERED, false),
            new ImsSubscription.PublicIdentity("tel:+1\"'", RegistrationState.REGISTERED, true)));
  }

  private static Document parse(byte[] xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml));
  }
}
