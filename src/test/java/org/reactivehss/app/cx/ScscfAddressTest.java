package org.reactivehss.app.cx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScscfAddressTest {

  @ParameterizedTest
  @CsvSource({
    "sip:scscf.localdomain:6060, scscf.localdomain, localdomain",
    "sip:scscf.ims.mnc001.mcc001.3gppnetwork.org, scscf.ims.mnc001.mcc001.3gppnetwork.org, "
        + "ims.mnc001.mcc001.3gppnetwork.org",
    "sips:SCSCF.Example.ORG;transport=tcp, scscf.example.org, example.org",
    "sip:hss@scscf.example.org:5060, scscf.example.org, example.org",
    "scscf.example.org, scscf.example.org, example.org",
    "sip:scscf, scscf, home.realm"
  })
  void serverName_givesTheDiameterHostAndRealm(String serverName, String host, String realm) {
    assertThat(ScscfAddress.of(serverName, "home.realm")).isEqualTo(new ScscfAddress(host, realm));
  }
}
