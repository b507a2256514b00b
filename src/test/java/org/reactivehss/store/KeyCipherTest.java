package org.reactivehss.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.store.KeyCipher.Column;

class KeyCipherTest {
  private static final String KEY_1 = TestDatabase.TEST_KEY;
  private static final String KEY_2 = TestDatabase.NEW_KEY;
  private static final String IMSI = "001010000000001";
  private static final byte[] K = HexFormat.of().parseHex(TestSubscribers.K_HEX);

  private static KeyCipher cipher(String current, int id, Map<Integer, String> retired) {
    return KeyCiphers.from(
        StoreOptions.defaults().external("h", 1, "d", "u", null).withKey(current, id, retired));
  }

  @Test
  void sealedValueOpensToThePlaintextAndDoesNotContainIt() {
    KeyCipher cipher = cipher(KEY_1, 1, Map.of());

    byte[] sealed = cipher.seal(IMSI, Column.K, K);

    assertThat(HexFormat.of().formatHex(sealed)).doesNotContain(TestSubscribers.K_HEX);
    assertThat(sealed).hasSize(2 + 12 + 16 + 16);
    assertThat(sealed[0]).isEqualTo((byte) 0);
    assertThat(sealed[1]).isEqualTo((byte) 1);
    assertThat(cipher.open(IMSI, Column.K, sealed)).isEqualTo(K);
  }

  @Test
  void sealingTwiceGivesDifferentCiphertexts() {
    KeyCipher cipher = cipher(KEY_1, 1, Map.of());

    assertThat(cipher.seal(IMSI, Column.K, K)).isNotEqualTo(cipher.seal(IMSI, Column.K, K));
  }

  @Test
  void aValueMovedToAnotherImsiDoesNotOpen() {
    KeyCipher cipher = cipher(KEY_1, 1, Map.of());
    byte[] sealed = cipher.seal(IMSI, Column.K, K);

    assertThatThrownBy(() -> cipher.open("001010000000002", Column.K, sealed))
        .isInstanceOf(HssFailure.class)
        .hasMessageNotContaining(TestSubscribers.K_HEX);
  }

  @Test
  void aKValueMovedIntoTheOpcColumnOfTheSameRow_doesNotOpen() {
    KeyCipher cipher = cipher(KEY_1, 1, Map.of());
    byte[] sealedK = cipher.seal(IMSI, Column.K, K);

    assertThatThrownBy(() -> cipher.open(IMSI, Column.OPC, sealedK)).isInstanceOf(HssFailure.class);
    assertThatThrownBy(() -> cipher.open(IMSI, Column.OP, sealedK)).isInstanceOf(HssFailure.class);
  }

  @Test
  void aValueOfThePreviousFormat_opensOnlyForResealing() {
    byte[] previous = PreviousFormat.seal(KEY_1, 1, IMSI, K);
    KeyCipher cipher = cipher(KEY_1, 1, Map.of());

    assertThat(cipher.openAnyFormat(IMSI, Column.K, previous)).isEqualTo(K);
    assertThatThrownBy(() -> cipher.open(IMSI, Column.K, previous))
        .isInstanceOf(HssFailure.class)
        .hasMessageContaining("not in the current sealed format");
  }

  @Test
  void afterRotationValuesSealedUnderTheRetiredKeyStillOpen() {
    byte[] sealedUnderOld = cipher(KEY_1, 1, Map.of()).seal(IMSI, Column.K, K);
    KeyCipher rotated = cipher(KEY_2, 2, Map.of(1, KEY_1));

    assertThat(rotated.open(IMSI, Column.K, sealedUnderOld)).isEqualTo(K);
    assertThat(rotated.seal(IMSI, Column.K, K)[1]).isEqualTo((byte) 2);
  }

  @Test
  void aValueUnderAnUnknownKeyIdFailsNamingTheId() {
    byte[] sealedUnderOld = cipher(KEY_1, 1, Map.of()).seal(IMSI, Column.K, K);

    assertThatThrownBy(() -> cipher(KEY_2, 2, Map.of()).open(IMSI, Column.K, sealedUnderOld))
        .hasMessageContaining("unknown key id 1");
  }

  @Test
  void aRetiredKeyUnderTheCurrentKeyId_isRefusedNamingTheIdButNotTheKey() {
    assertThatThrownBy(() -> cipher(KEY_2, 1, Map.of(1, KEY_1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key id 1")
        .hasMessageNotContaining(KEY_1)
        .hasMessageNotContaining(KEY_2);
  }

  @Test
  void theCheckValueOpensOnlyUnderTheKeyThatSealedIt() {
    byte[] check = cipher(KEY_1, 1, Map.of()).checkValue(1);

    assertThat(cipher(KEY_1, 1, Map.of()).opensCheckValue(1, check)).isTrue();
    assertThat(cipher(KEY_2, 1, Map.of()).opensCheckValue(1, check)).isFalse();
  }

  @Test
  void externalDatabaseWithoutAKeyIsRefused() {
    assertThatThrownBy(
            () -> KeyCiphers.from(StoreOptions.defaults().external("h", 1, "d", "u", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HSS_KEY_ENCRYPTION_KEY");
  }

  @Test
  void embeddedModeWithoutAKey_sealsWithTheKeyGeneratedInTheDataDirectory_notTheDevelopmentKey()
      throws Exception {
    Path dataDir = Files.createTempDirectory("hss-key");
    KeyCipher cipher = KeyCiphers.from(StoreOptions.defaults().withEmbedded(dataDir.toString(), 0));
    String generated = Files.readString(dataDir.resolve(GeneratedKeyFile.NAME)).trim();

    byte[] sealed = cipher.seal(IMSI, Column.K, K);

    assertThat(cipher(generated, 1, Map.of()).open(IMSI, Column.K, sealed)).isEqualTo(K);
    assertThatThrownBy(
            () -> cipher(PreviousFormat.DEVELOPMENT_KEY, 1, Map.of()).open(IMSI, Column.K, sealed))
        .isInstanceOf(HssFailure.class);
  }

  @Test
  void aKeyOfTheWrongLengthIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> KeyCiphers.parse("00112233", "HSS_KEY_ENCRYPTION_KEY"))
        .hasMessageContaining("32 bytes")
        .hasMessageNotContaining("00112233");
  }
}
