package org.reactivehss.app.cx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.reactivehss.store.ImsSubscription;
import org.reactivehss.store.RegistrationState;

/**
 * "Services related to the unregistered state" in User-Data XML
 * (src/test/resources/cx/unregistered-services.csv).
 */
class UnregisteredServicesTest {
  static final String VOICEMAIL_WHEN_UNREGISTERED =
      "<InitialFilterCriteria><Priority>0</Priority><TriggerPoint>"
          + "<ConditionTypeCNF>0</ConditionTypeCNF><SPT><ConditionNegated>0</ConditionNegated><Group>0</Group>"
          + "<SessionCase>2</SessionCase></SPT></TriggerPoint><ApplicationServer><ServerName>sip:vm.localdomain"
          + "</ServerName><DefaultHandling>0</DefaultHandling><ServiceInfo>${impu}</ServiceInfo></ApplicationServer>"
          + "</InitialFilterCriteria>";

  @ParameterizedTest(name = "{0}: {1} ({2})")
  @CsvFileSource(resources = "/cx/unregistered-services.csv", delimiter = ',')
  void userData_hasUnregisteredServicesAsTheTableSays(String file, boolean expected, String why)
      throws IOException {
    assertThat(UnregisteredServices.in(resource(file))).as(why).isEqualTo(expected);
  }

  @Test
  void
      everyPrefixOfAProfileWithUnregisteredServices_isAnsweredWithoutThrowing_andOnlyTheWholeOneHasThem()
          throws IOException {
    byte[] whole = resource("terminating-unregistered-session-case.xml");
    for (int end = 0; end < whole.length; end++) {
      byte[] prefix = Arrays.copyOf(whole, end);
      boolean verdict = UnregisteredServices.in(prefix);
      // trailing whitespace after the root element is still the whole document
      if (!new String(whole, end, whole.length - end, StandardCharsets.UTF_8).isBlank()) {
        assertThat(verdict).as("prefix of %d bytes", end).isFalse();
      }
    }
    assertThat(UnregisteredServices.in(whole)).isTrue();
  }

  @Test
  void externalEntity_isNeverFetched(@TempDir Path dir) throws IOException {
    Path two = Files.writeString(dir.resolve("two.txt"), "2");
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE IMSSubscription [<!ENTITY tu SYSTEM \""
            + two.toUri()
            + "\">]>"
            + "<IMSSubscription><ServiceProfile><InitialFilterCriteria><TriggerPoint><SPT><Group>0</Group>"
            + "<SessionCase>&tu;</SessionCase></SPT></TriggerPoint></InitialFilterCriteria></ServiceProfile>"
            + "</IMSSubscription>";
    assertThat(UnregisteredServices.in(xml.getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void generatedSubscription_hasThemExactlyWhenTheIfcTemplateMarksThem() {
    ImsSubscription s =
        new ImsSubscription(
            "001010000000001",
            "impi@x",
            null,
            false,
            null,
            true,
            List.of(
                new ImsSubscription.PublicIdentity(
                    "sip:a@x", RegistrationState.NOT_REGISTERED, false)));
    assertThat(
            UnregisteredServices.in(
                ImsSubscriptionXml.userData(s, "sip:a@x", VOICEMAIL_WHEN_UNREGISTERED)))
        .isTrue();
    assertThat(
            UnregisteredServices.in(
                ImsSubscriptionXml.userData(
                    s,
                    "sip:a@x",
                    VOICEMAIL_WHEN_UNREGISTERED.replace("<SessionCase>2<", "<SessionCase>1<"))))
        .isFalse();
    assertThat(UnregisteredServices.in(ImsSubscriptionXml.userData(s, "sip:a@x", ""))).isFalse();
  }

  private static byte[] resource(String file) throws IOException {
    try (InputStream in =
        UnregisteredServicesTest.class.getResourceAsStream("/cx/unregistered-services/" + file)) {
      return in.readAllBytes();
    }
  }
}
