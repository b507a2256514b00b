package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6733 §4.3.1 DiameterIdentity: an FQDN or realm of letters, digits, hyphens and dots. */
class DiameterIdentityTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "mme1.localdomain",
                "localdomain",
                "MME-1.Epc.mnc001.mcc001.3gppnetwork.org",
                "xn--bcher-kva.example"
            })
    void fqdnsAndRealms_areValid(String identity) {
        assertThat(DiameterIdentity.isValid(identity)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "mme1\r\n.localdomain",
                "mme 1.localdomain",
                ".localdomain",
                "mme1..localdomain",
                "mme1.localdomain.",
                "mme_1.localdomain",
                "mmé.localdomain",
                "mme1.localdomain\u0000"
            })
    void otherText_isInvalid(String identity) {
        assertThat(DiameterIdentity.isValid(identity)).isFalse();
    }

    @Test
    void lengthIsBounded_labelsTo63_andNamesTo255() {
        assertThat(DiameterIdentity.isValid("a".repeat(63) + ".example")).isTrue();
        assertThat(DiameterIdentity.isValid("a".repeat(64) + ".example")).isFalse();
        String longest = ("a".repeat(63) + ".").repeat(3) + "a".repeat(63);
        assertThat(longest).hasSize(DiameterIdentity.MAX_LENGTH);
        assertThat(DiameterIdentity.isValid(longest)).isTrue();
        assertThat(DiameterIdentity.isValid(longest + "a")).isFalse();
    }

    @Test
    void keys_ignoreLetterCase() {
        assertThat(DiameterIdentity.key("MME1.LocalDomain"))
                .isEqualTo(DiameterIdentity.key("mme1.localdomain"));
    }
}
