package org.reactivehss.diameter.codec;

import java.util.List;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.AvpType;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.EnumeratedValues;
import org.reactivehss.diameter.dict.GroupRule;
import org.reactivehss.diameter.dict.GroupedGrammars;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * Each AVP against the dictionary and the command's grammar (RFC 6733 §4.1, §4.4, §7.1.5): flags,
 * type, the values of closed Enumerated AVPs ({@link EnumeratedValues}), and inside a Grouped AVP
 * its inner AVPs in wire order, then the arities of its grammar ({@link GroupedGrammars}).
 */
final class AvpRules {
    /** Grouped AVPs nest at most this deep before we stop believing them (bounds the recursion). */
    static final int MAX_DEPTH = 16;

    private AvpRules() {}

    /**
     * Adds the problems of the top-level AVPs; false when one was found and firstOnly stops the
     * walk.
     */
    static boolean check(
            DiameterMessage message,
            CommandDef command,
            List<DecodeProblem> found,
            boolean firstOnly) {
        List<AvpDef> once = command.atMostOnce();
        int[] seen = new int[once.size()];
        List<Avp> avps = message.avps();
        for (int i = 0; i < avps.size(); i++) {
            Avp avp = avps.get(i);
            DecodeProblem problem = checkAvp(avp, 0);
            if (problem == null
                    && i > 0
                    && command.sessionIdFirst()
                    && avp.is(BaseAvps.SESSION_ID)) {
                // RFC 6733 §8.8 and the "< Session-Id >" of every S6a/Cx/Sh grammar: first, or not
                // at all.
                problem =
                        DecodeProblem.of(
                                ResultCodes.DIAMETER_AVP_NOT_ALLOWED,
                                avp.rawBytes(),
                                "Session-Id is not the first AVP");
            }
            if (problem == null) {
                problem = countOccurrence(avp, once, seen);
            }
            if (problem != null) {
                found.add(problem);
                if (firstOnly) {
                    return false;
                }
            }
        }
        return true;
    }

    private static DecodeProblem countOccurrence(Avp avp, List<AvpDef> once, int[] seen) {
        for (int k = 0; k < once.size(); k++) {
            if (avp.is(once.get(k)) && ++seen[k] > 1) {
                // RFC 6733 §7.5: Failed-AVP holds the first instance beyond the maximum.
                return DecodeProblem.of(
                        ResultCodes.DIAMETER_AVP_OCCURS_TOO_MANY_TIMES,
                        avp.rawBytes(),
                        once.get(k).name() + " occurs more than once");
            }
        }
        return null;
    }

    static DecodeProblem checkAvp(Avp avp, int depth) {
        if ((avp.flags() & Avp.FLAGS_RESERVED) != 0) {
            return DecodeProblem.of(
                    ResultCodes.DIAMETER_INVALID_AVP_BITS,
                    avp.rawBytes(),
                    "reserved flag bits set on AVP " + avp.code());
        }
        AvpDef def = Avps.byCode(avp.code(), avp.vendorId());
        if (def == null) {
            return avp.isMandatory()
                    ? DecodeProblem.of(
                            ResultCodes.DIAMETER_AVP_UNSUPPORTED,
                            avp.rawBytes(),
                            "AVP "
                                    + avp.code()
                                    + (avp.isVendorSpecific() ? "/" + avp.vendorId() : "")
                                    + " with the M bit is unknown")
                    : null;
        }
        DecodeProblem problem = avp.problemAs(def.type());
        if (problem == null
                && def.type() == AvpType.ENUMERATED
                && !EnumeratedValues.allows(def, avp.asEnumerated())) {
            return AvpChecks.invalidValue(
                    avp, def.name() + " " + avp.asEnumerated() + " is no value it defines");
        }
        if (problem != null || def.type() != AvpType.GROUPED || def == BaseAvps.FAILED_AVP) {
            // Failed-AVP holds what another node could not read (RFC 6733 §7.5): not ours to judge.
            return problem;
        }
        if (depth >= MAX_DEPTH) {
            return DecodeProblem.of(
                    ResultCodes.DIAMETER_INVALID_AVP_VALUE,
                    avp.rawBytes(),
                    "grouped AVPs nested deeper than " + MAX_DEPTH);
        }
        List<GroupRule> rules = GroupedGrammars.of(def);
        long seen = 0;
        for (Avp inner : avp.asGrouped()) {
            DecodeProblem innerProblem = checkAvp(inner, depth + 1);
            if (innerProblem == null && rules != null) {
                int line = lineOf(rules, inner);
                if (line >= 0 && (seen & 1L << line) != 0 && !rules.get(line).repeatable()) {
                    // RFC 6733 §7.5: Failed-AVP holds the first instance beyond the maximum.
                    innerProblem =
                            DecodeProblem.of(
                                    ResultCodes.DIAMETER_AVP_OCCURS_TOO_MANY_TIMES,
                                    inner.rawBytes(),
                                    def.name()
                                            + " holds "
                                            + rules.get(line).avp().name()
                                            + " more than once");
                }
                seen |= line >= 0 ? 1L << line : 0;
            }
            if (innerProblem != null) {
                return enclosed(avp, innerProblem);
            }
        }
        return rules == null ? null : missingInner(avp, def, rules, seen);
    }

    private static int lineOf(List<GroupRule> rules, Avp inner) {
        for (int line = 0; line < rules.size(); line++) {
            if (inner.is(rules.get(line).avp())) {
                return line;
            }
        }
        return -1;
    }

    /**
     * RFC 6733 §7.5: a missing inner AVP is the Grouped AVP holding a zero-filled example of it.
     */
    private static DecodeProblem missingInner(
            Avp group, AvpDef def, List<GroupRule> rules, long seen) {
        for (int line = 0; line < rules.size(); line++) {
            if (rules.get(line).required() && (seen & 1L << line) == 0) {
                AvpDef missing = rules.get(line).avp();
                return enclosed(
                        group,
                        DecodeProblem.of(
                                ResultCodes.DIAMETER_MISSING_AVP,
                                AvpChain.example(missing),
                                def.name() + " lacks " + missing.name()));
            }
        }
        return null;
    }

    /**
     * RFC 6733 §7.5: a problem inside a Grouped AVP is reported as the Grouped AVP holding only the
     * offending inner AVP, so the peer can tell where it was.
     */
    private static DecodeProblem enclosed(Avp group, DecodeProblem inner) {
        if (inner.failedAvp() == null) {
            return inner;
        }
        int header = group.dataStart() - group.start();
        byte[] failed = new byte[header + inner.failedAvp().length];
        System.arraycopy(group.frame(), group.start(), failed, 0, header);
        System.arraycopy(inner.failedAvp(), 0, failed, header, inner.failedAvp().length);
        Bytes.putInt24(failed, 5, failed.length);
        return new DecodeProblem(inner.resultCode(), failed, inner.errorMessage());
    }
}
