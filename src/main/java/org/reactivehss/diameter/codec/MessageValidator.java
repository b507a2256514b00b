package org.reactivehss.diameter.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * Checks a well-formed message against the dictionary and reports every problem as a value, in the
 * order they are met: header (3008, 3007, 3001), then each AVP in wire order (3009, 5001, 5014,
 * 5004, 5008, 5009; inside a Grouped AVP its inner AVPs the same way, then the group's grammar:
 * 5009 for an inner AVP repeated, 5005 for one missing), then the fixed AVPs the command's grammar
 * requires (5005). The grammar is the dictionary's ({@code Commands}, {@code GroupedGrammars},
 * {@code EnumeratedValues}). The first problem is the one to answer with (Failed-AVP carries one
 * AVP, as Erlang/OTP diameter does). Unknown AVPs without the M bit pass untouched (RFC 6733 §4.1).
 * The M bit of known AVPs is not held against the flag rule tables: peers differ on it and RFC 6733
 * §4.1 only requires that an M-bit AVP be understood.
 */
public final class MessageValidator {
    /** Application ids whose messages this node serves; an int array so the check never boxes. */
    private final int[] supportedApplications;

    /** {@code supportedApplications}: ids whose requests this node serves; others get 3007. */
    public MessageValidator(Collection<Integer> supportedApplications) {
        this.supportedApplications =
                supportedApplications.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    /** Serves every application of the dictionary. */
    public static MessageValidator forAllKnownApplications() {
        return new MessageValidator(
                List.of(
                        Applications.BASE,
                        Applications.S6A,
                        Applications.S13,
                        Applications.CX,
                        Applications.SH,
                        Applications.SLH,
                        Applications.SWX));
    }

    /** The first problem, or null when the message may be handed to the application. */
    public DecodeProblem validate(DiameterMessage message) {
        List<DecodeProblem> found = new ArrayList<>(1);
        check(message, found, true);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every problem, in the order met. */
    public List<DecodeProblem> problems(DiameterMessage message) {
        List<DecodeProblem> found = new ArrayList<>(2);
        check(message, found, false);
        return found;
    }

    private void check(DiameterMessage message, List<DecodeProblem> found, boolean firstOnly) {
        HeaderCheck.Outcome header = HeaderCheck.check(message, supportedApplications);
        if (header.problem() != null) {
            // Without a known command nothing below can be judged.
            found.add(header.problem());
            return;
        }
        CommandDef command = header.command();
        if (!AvpRules.check(message, command, found, firstOnly) && firstOnly) {
            return;
        }
        List<AvpDef> required =
                message.isError()
                        ? List.of(BaseAvps.ORIGIN_HOST, BaseAvps.ORIGIN_REALM, BaseAvps.RESULT_CODE)
                        : command.required(message.isRequest());
        for (AvpDef def : required) {
            if (message.first(def) == null) {
                // RFC 6733 §7.5: Failed-AVP holds an example of the missing AVP with zero-filled
                // data.
                found.add(
                        DecodeProblem.of(
                                ResultCodes.DIAMETER_MISSING_AVP,
                                AvpChain.example(def),
                                command.abbreviation(message.isRequest())
                                        + " lacks "
                                        + def.name()));
                if (firstOnly) {
                    return;
                }
            }
        }
    }
}
