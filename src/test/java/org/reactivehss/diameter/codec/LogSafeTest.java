package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Peer-supplied text reaches a log line escaped: it cannot start a line, hide text, or flood. */
class LogSafeTest {

    @Test
    void plainIdentity_isUnchanged() {
        assertThat(LogSafe.text("mme1.epc.mnc001.mcc001.3gppnetwork.org"))
                .isEqualTo("mme1.epc.mnc001.mcc001.3gppnetwork.org");
    }

    @Test
    void crLfAndOtherControls_areEscaped() {
        assertThat(LogSafe.text("a\r\nb\tc\u0000d\u007fe\u0085f"))
                .isEqualTo("a\\u000d\\u000ab\\u0009c\\u0000d\\u007fe\\u0085f");
    }

    @Test
    void bidiOverrideAndLineSeparator_areEscaped() {
        assertThat(LogSafe.text("x\u202ey\u2028z")).isEqualTo("x\\u202ey\\u2028z");
    }

    @Test
    void backslash_isDoubled_soAnEscapeCannotBeForged() {
        assertThat(LogSafe.text("a\\u000ab")).isEqualTo("a\\\\u000ab");
    }

    @Test
    void unpairedSurrogate_isEscaped_butAPairIsKept() {
        assertThat(LogSafe.text("\ud83d")).isEqualTo("\\ud83d");
        assertThat(LogSafe.text("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
    }

    @Test
    void longValue_isCut() {
        String escaped = LogSafe.text("x".repeat(LogSafe.MAX_CHARS + 10));
        assertThat(escaped).startsWith("x".repeat(LogSafe.MAX_CHARS)).endsWith("...(10 more)");
    }

    @Test
    void absentValue_isNull() {
        assertThat(LogSafe.text(null)).isEqualTo("null");
    }
}
