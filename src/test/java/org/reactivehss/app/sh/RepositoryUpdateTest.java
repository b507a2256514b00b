package org.reactivehss.app.sh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a PUR's Sh-Data (TS 29.328 §6.1.2, Annex D tTransparentData). */
class RepositoryUpdateTest {

  private static List<RepositoryUpdate.Item> parse(String xml) {
    return RepositoryUpdate.parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void items_keepTheServiceDataContentAsXmlText() {
    List<RepositoryUpdate.Item> items =
        parse(
            "<Sh-Data><RepositoryData><ServiceIndication>a</ServiceIndication>"
                + "<SequenceNumber>7</SequenceNumber><ServiceData><x y=\"1\">t &amp; u</x>"
                + "</ServiceData></RepositoryData><RepositoryData><ServiceIndication>b"
                + "</ServiceIndication><SequenceNumber>0</SequenceNumber><ServiceData>plain"
                + "</ServiceData></RepositoryData></Sh-Data>");
    assertThat(items)
        .containsExactly(
            new RepositoryUpdate.Item("a", 7, "<x y=\"1\">t &amp; u</x>"),
            new RepositoryUpdate.Item("b", 0, "plain"));
  }

  @Test
  void absentOrBlankServiceData_meansRemoval() {
    assertThat(
            parse(
                "<Sh-Data><RepositoryData><ServiceIndication>a</ServiceIndication>"
                    + "<SequenceNumber>1</SequenceNumber></RepositoryData></Sh-Data>"))
        .containsExactly(new RepositoryUpdate.Item("a", 1, null));
    assertThat(
            parse(
                "<Sh-Data><RepositoryData><ServiceIndication>a</ServiceIndication>"
                    + "<SequenceNumber>1</SequenceNumber><ServiceData>  </ServiceData>"
                    + "</RepositoryData></Sh-Data>"))
        .containsExactly(new RepositoryUpdate.Item("a", 1, null));
  }

  @Test
  void whatIsNoRepositoryData_isNotRecognized() {
    assertThat(parse("<Sh-Data/>")).isNull();
    assertThat(parse("<Other><RepositoryData/></Other>")).isNull();
    assertThat(
            parse(
                "<Sh-Data><RepositoryData><ServiceIndication>a</ServiceIndication>"
                    + "<SequenceNumber>65536</SequenceNumber></RepositoryData></Sh-Data>"))
        .isNull();
    assertThat(
            parse(
                "<Sh-Data><RepositoryData><SequenceNumber>1</SequenceNumber></RepositoryData>"
                    + "</Sh-Data>"))
        .isNull();
    assertThat(parse("<Sh-Data><RepositoryData>")).isNull();
  }

  @Test
  void aDoctype_isRefused_soNoEntityIsExpandedOrFetched() {
    assertThat(
            parse(
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<Sh-Data><RepositoryData><ServiceIndication>&e;</ServiceIndication>"
                    + "<SequenceNumber>0</SequenceNumber></RepositoryData></Sh-Data>"))
        .isNull();
  }
}
