package org.reactivehss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reactivehss.provisioning.SubscriberFields;

/** CSV columns are the API's scalar subscriber fields, in any case, sent in the API's spelling. */
class SubscriberLinesTest {

  @Test
  void aHeaderOfEveryScalarApiFieldInLowerCase_isCsv() {
    String header = String.join(",", SubscriberFields.SCALAR).toLowerCase(Locale.ROOT);

    assertThat(SubscriberLines.detect(header)).isEqualTo(SubscriberLines.Format.CSV);
  }

  @Test
  void csvColumnsInAnyCase_areSentInTheApisSpelling_typedAsTheApiWantsThem() {
    SubscriberLines lines = new SubscriberLines(SubscriberLines.Format.CSV, new JsonObject());
    lines.convert(1, "IMSI,KI,AccessRestriction,ROAMINGALLOWED,non3gppaccess");

    SubscriberLines.Converted row = lines.convert(2, "001010000000001,00ff,5,false,true");

    assertThat(new JsonObject(row.json()))
        .isEqualTo(
            new JsonObject()
                .put("imsi", "001010000000001")
                .put("k", "00ff")
                .put("accessRestriction", 5L)
                .put("roamingAllowed", false)
                .put("non3gppAccess", true));
  }

  @Test
  void aColumnNamingAStructuredField_makesTheFileAVendorFile() {
    assertThat(SubscriberLines.detect("imsi,ki,opc,apns")).isEqualTo(SubscriberLines.Format.VENDOR);
  }
}
