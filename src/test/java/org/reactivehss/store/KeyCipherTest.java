package org.reactivehss.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyCipherTest {
  private static final String KEY_1 = TestDatabase.TEST_KEY;
  /** The same 32 bytes pattern reversed, as base64. */
  private static final String KEY_2 = "Hx4dHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";
  private static final byte[] K = HexFormat.of().parseHex(TestSubscribers.K_HEX);

  private static KeyCipher cipher(String current, int id, Map<Integer, String> retired) {
    return KeyCiphers.from(StoreOptions.defaults().external("h", 1, "d", "u", null).withKey(current, id, retired));
  }

  @Test
  void sealedValueOpensToThePlaintextAndDoesNotContainIt() {
    KeyCipher cipher = cipher(KEY_1, 1, Map.of());

    byte[] sealed = cipher.seal("001010000000001", K);

    assertThat(HexFormat.of().formatHex(sealed)).doesNotContain(TestSubscribers.K_HEX);
    assertThat(sealed).hasSize(1 + 12 + 16 + 16);
    assertThat(cipher.open("001010000000001", sealed)).isEqualTo(K);
  }

  @Test
  void sealingTwiceGivesDifferentCiphertexts() {
    KeyCipher cipher = cipher(KEY_1, 1, Map.of());

    assertThat(cipher.seal("001010000000001", K)).isNotEqualTo(cipher.seal("001010000000001", K));
  }

  @Test
  void aValueMovedToAnotherImsiDoesNotOpen() {
    KeyCipher cipher = cipher(KEY_1, 1, Map.of());
    byte[] sealed = cipher.seal("001010000000001", K);

    assertThatThrownBy(() -> cipher.open("001010000000002", sealed))
        .isInstanceOf(StoreException.class)
        .hasMessageNotContaining(TestSubscribers.K_HEX);
  }

  @Test
  void afterRotationValuesSealedUnderTheRetiredKeyStillOpen() {
    byte[] sealedUnderOld = cipher(KEY_1, 1, Map.of()).seal("001010000000001", K);
    KeyCipher rotated = cipher(KEY_2, 2, Map.of(1, KEY_1));

    assertThat(rotated.open("001010000000001", sealedUnderOld)).isEqualTo(K);
    assertThat(rotated.seal("001010000000001", K)[0]).isEqualTo((byte) 2);
  }

  @Test
  void aValueUnderAnUnknownKeyIdFailsNamingTheId() {
    byte[] sealedUnderOld = cipher(KEY_1, 1, Map.of()).seal("001010000000001", K);

    assertThatThrownBy(() -> cipher(KEY_2, 2, Map.of()).open("001010000000001", sealedUnderOld))
        .hasMessageContaining("unknown key id 1");
  }

  @Test
  void externalDatabaseWithoutAKeyIsRefused() {
    assertThatThrownBy(() -> KeyCiphers.from(StoreOptions.defaults().external("h", 1, "d", "u", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HSS_KEY_ENCRYPTION_KEY");
  }

  @Test
  void embeddedModeWithoutAKeyUsesTheDevelopmentKey() {
    KeyCipher cipher = KeyCiphers.from(StoreOptions.defaults());

    assertThat(cipher.open("001010000000001", cipher.seal("001010000000001", K))).isEqualTo(K);
  }

  @Test
  void aKeyOfTheWrongLengthIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> KeyCiphers.parse("00112233", "HSS_KEY_ENCRYPTION_KEY"))
        .hasMessageContaining("32 bytes")
        .hasMessageNotContaining("00112233");
  }
}
