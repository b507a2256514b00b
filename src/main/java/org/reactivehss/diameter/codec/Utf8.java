package org.reactivehss.diameter.codec;

/**
 * Well-formed UTF-8 (RFC 3629 §4), which RFC 6733 §4.3.1 requires of UTF8String: no overlong forms,
 * no surrogates, nothing above U+10FFFF. Checked in place, without decoding.
 */
final class Utf8 {
    private Utf8() {}

    static boolean isWellFormed(byte[] b, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int lead = b[i] & 0xff;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int size;
            int min;
            int max;
            if (lead >= 0xc2 && lead <= 0xdf) {
                size = 2;
                min = 0x80;
                max = 0xbf;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                size = 3;
                min = lead == 0xe0 ? 0xa0 : 0x80; // E0 80..9F would be overlong
                max = lead == 0xed ? 0x9f : 0xbf; // ED A0..BF would be a surrogate
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                size = 4;
                min = lead == 0xf0 ? 0x90 : 0x80; // F0 80..8F would be overlong
                max = lead == 0xf4 ? 0x8f : 0xbf; // F4 90.. would be above U+10FFFF
            } else {
                return false;
            }
            if (end - i < size) {
                return false;
            }
            int second = b[i + 1] & 0xff;
            if (second < min || second > max) {
                return false;
            }
            for (int k = 2; k < size; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += size;
        }
        return true;
    }
}
