package org.reactivehss.diameter.codec;

/**
 * Peer-supplied text made safe for one log line. A peer chooses Origin-Host, Product-Name,
 * Error-Message and every other UTF8String or DiameterIdentity it sends; written to the log as they
 * are, a CR/LF would start a forged log line and a bidi override would hide text. Every such value
 * goes through {@link #text} before it is logged.
 *
 * <p>C0 and C1 controls, DEL, format characters (bidi overrides, zero-width), line and paragraph
 * separators, unpaired surrogates, private-use and unassigned code points become {@code \\uXXXX}; a
 * backslash becomes {@code \\\\}, so the escaped form cannot be confused with a peer's own text.
 * Values are cut at {@link #MAX_CHARS} characters: a peer must not fill the log with one AVP.
 */
public final class LogSafe {
    static final int MAX_CHARS = 256;

    private LogSafe() {}

    /** {@code value} escaped and bounded for a log line; "null" when absent. */
    public static String text(String value) {
        if (value == null) {
            return "null";
        }
        int shown = Math.min(value.length(), MAX_CHARS);
        StringBuilder out = null;
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            boolean plain = c != '\\' && printable(value, i);
            if (!plain && out == null) {
                out = new StringBuilder(shown + 16).append(value, 0, i);
            }
            if (out != null) {
                if (plain) {
                    out.append(c);
                } else if (c == '\\') {
                    out.append("\\\\");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        String escaped = out == null ? value.substring(0, shown) : out.toString();
        return shown < value.length()
                ? escaped + "...(" + (value.length() - shown) + " more)"
                : escaped;
    }

    private static boolean printable(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))
                    && printableCodePoint(s.codePointAt(i));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1))
                    && printableCodePoint(s.codePointAt(i - 1));
        }
        return printableCodePoint(c);
    }

    private static boolean printableCodePoint(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED ->
                    false;
            default -> true;
        };
    }
}
