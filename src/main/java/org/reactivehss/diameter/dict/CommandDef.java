package org.reactivehss.diameter.dict;

import java.util.List;

/**
 * One command of the dictionary, restating the parts of its Command Code Format (RFC 6733 §3.2)
 * that the codec checks: the fixed AVPs ({@code {AVP}}) of request and answer (5005 when missing),
 * the AVPs the grammar allows once (5009 when repeated), whether Session-Id has the fixed first
 * position ({@code < Session-Id >}), and the P bit ("PXY" in the header line). The grammars inside
 * Grouped AVPs are {@link GroupedGrammars}'.
 */
public record CommandDef(
        int code,
        int applicationId,
        String name,
        String requestAbbreviation,
        String answerAbbreviation,
        boolean proxiable,
        boolean sessionIdFirst,
        List<AvpDef> requestRequired,
        List<AvpDef> answerRequired,
        List<AvpDef> atMostOnce) {

    public CommandDef {
        requestRequired = List.copyOf(requestRequired);
        answerRequired = List.copyOf(answerRequired);
        atMostOnce = List.copyOf(atMostOnce);
    }

    public List<AvpDef> required(boolean request) {
        return request ? requestRequired : answerRequired;
    }

    public String abbreviation(boolean request) {
        return request ? requestAbbreviation : answerAbbreviation;
    }

    /** One long that identifies (application, code): the lookup key of {@link Commands#byCode}. */
    static long key(long applicationId, int code) {
        return ((applicationId & 0xffffffffL) << 24) ^ (code & 0xffffffL);
    }

    @Override
    public String toString() {
        return requestAbbreviation + "/" + answerAbbreviation + "(" + code + ")";
    }
}
