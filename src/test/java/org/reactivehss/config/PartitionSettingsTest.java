package org.reactivehss.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.store.ImsiRange;
import org.reactivehss.store.ImsiRouter;
import org.reactivehss.store.PartitionOptions;
import org.reactivehss.store.StoreOptions;

/** {@code db.partitions}: subscribers in several databases by IMSI range (docs/scale-out.md). */
class PartitionSettingsTest {
  @TempDir Path dir;

  @Test
  void noPartitions_byDefault_oneDatabaseAsBefore() {
    assertThat(ConfigLoader.defaults().db().partitions()).isEmpty();
    assertThat(ConfigLoader.defaults().db().embedded()).isTrue();
  }

  @Test
  void partitions_areRead_withDbConnectionOptionsAsDefaults() throws IOException {
    StoreOptions db =
        ConfigLoader.loadFile(
                write(
                    """
                    db:
                      user: operator
                      partitions:
                        - name: north
                          imsi-ranges: ["001010000000000-001014999999999"]
                          url: postgresql://hss@north-rw:5432/hss
                        - name: south
                          imsi-ranges: ["001015000000000-001017999999999", "001018000000000-001019999999999"]
                          host: south-rw
                          password: secret
                    """))
            .db();
    assertThat(db.partitions())
        .extracting(PartitionOptions::name)
        .containsExactly("north", "south");
    PartitionOptions south = db.partitions().get(1);
    assertThat(south.ranges()).hasSize(2);
    assertThat(south.host()).isEqualTo("south-rw");
    assertThat(south.user()).isEqualTo("operator");
    assertThat(south.password()).isEqualTo("secret");
    assertThat(db.partitions().get(0).url()).isEqualTo("postgresql://hss@north-rw:5432/hss");
    assertThat(db.toString()).doesNotContain("secret").doesNotContain("north-rw");
  }

  @Test
  void overlappingRanges_stopTheStartNamingTheKey() throws IOException {
    Path f =
        write(
            """
            db:
              partitions:
                - name: north
                  imsi-ranges: ["001010000000000-001014999999999"]
                  url: postgresql://hss@north-rw:5432/hss
                - name: south
                  imsi-ranges: ["001014999999999-001019999999999"]
                  url: postgresql://hss@south-rw:5432/hss
            """);
    assertThatThrownBy(() -> ConfigLoader.loadFile(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("db.partitions[1].imsi-ranges")
        .hasMessageContaining("north");
  }

  @Test
  void rangeEndingBeforeItStarts_orNotFifteenDigits_stopsTheStartNamingTheKey() throws IOException {
    Path backwards =
        write(
            """
            db:
              partitions:
                - name: north
                  imsi-ranges: ["001019999999999-001010000000000"]
                  url: postgresql://hss@north-rw:5432/hss
            """);
    assertThatThrownBy(() -> ConfigLoader.loadFile(backwards))
        .hasMessageContaining("db.partitions[0]")
        .hasMessageContaining("imsi-ranges")
        .hasMessageContaining("starts after it ends");
    Path shortBound =
        write(
            """
            db:
              partitions:
                - name: north
                  imsi-ranges: ["00101-001019999999999"]
                  url: postgresql://hss@north-rw:5432/hss
            """);
    assertThatThrownBy(() -> ConfigLoader.loadFile(shortBound))
        .hasMessageContaining("db.partitions[0]")
        .hasMessageContaining("15 digits");
  }

  @Test
  void twoPartitionsOfOneName_stopTheStart() throws IOException {
    Path f =
        write(
            """
            db:
              partitions:
                - name: north
                  imsi-ranges: ["001010000000000-001010000000001"]
                - name: north
                  imsi-ranges: ["001010000000002-001010000000003"]
            """);
    assertThatThrownBy(() -> ConfigLoader.loadFile(f))
        .hasMessageContaining("db.partitions[1].name");
  }

  @Test
  void router_findsThePartitionOfEachImsi_inclusiveBounds_andNoneOutside() {
    ImsiRouter<String> router =
        ImsiRouter.of(
            List.of(
                List.of(ImsiRange.parse("001010000000000-001014999999999")),
                List.of(
                    ImsiRange.parse("001018000000000-001019999999999"),
                    ImsiRange.parse("001015000000000-001015999999999"))),
            List.of("north", "south"));
    assertThat(router.forImsi("001010000000000")).isEqualTo("north");
    assertThat(router.forImsi("001014999999999")).isEqualTo("north");
    assertThat(router.forImsi("001015000000000")).isEqualTo("south");
    assertThat(router.forImsi("001019999999999")).isEqualTo("south");
    assertThat(router.forImsi("001016000000000")).isNull();
    assertThat(router.forImsi("001009999999999")).isNull();
    // a 14-digit IMSI routes by its digits as a prefix of the 15-digit ranges
    assertThat(router.forImsi("00101499999999")).isEqualTo("north");
    assertThat(router.forImsi("00101500000000")).isEqualTo("south");
    assertThat(router.forImsi("0010100000000")).isNull();
    assertThat(router.forImsi("0010150000000000")).isNull();
    assertThat(router.forImsi("00101000000000x")).isNull();
  }

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("hss.yaml");
    Files.writeString(f, yaml);
    return f;
  }
}
