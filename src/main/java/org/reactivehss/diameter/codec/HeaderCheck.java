package org.reactivehss.diameter.codec;

import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.Commands;
import org.reactivehss.diameter.dict.ResultCodes;

/** The header against the dictionary: flag bits, application, command (RFC 6733 §3, §7.1.3). */
final class HeaderCheck {

    record Outcome(CommandDef command, DecodeProblem problem) {}

    private HeaderCheck() {}

    static Outcome check(DiameterMessage message, int[] supportedApplications) {
        int flags = message.flags();
        if ((flags & DiameterMessage.FLAGS_RESERVED) != 0) {
            return fail(
                    ResultCodes.DIAMETER_INVALID_HDR_BITS.code(),
                    "reserved header flag bits set: 0x" + Integer.toHexString(flags));
        }
        if (message.isRequest() && message.isError()) {
            // RFC 6733 §3: "E ... MUST NOT be set in request messages".
            return fail(ResultCodes.DIAMETER_INVALID_HDR_BITS.code(), "E bit set on a request");
        }
        if (!contains(supportedApplications, message.applicationId())) {
            return fail(
                    ResultCodes.DIAMETER_APPLICATION_UNSUPPORTED.code(),
                    "application "
                            + Integer.toUnsignedString(message.applicationId())
                            + " is not supported");
        }
        CommandDef command =
                Commands.byCode(message.applicationId() & 0xffffffffL, message.commandCode());
        if (command == null) {
            return fail(
                    ResultCodes.DIAMETER_COMMAND_UNSUPPORTED.code(),
                    "command "
                            + message.commandCode()
                            + " is not known in application "
                            + Integer.toUnsignedString(message.applicationId()));
        }
        if (message.isRequest() && message.isProxiable() != command.proxiable()) {
            // RFC 6733 §3: P must match the command's definition ("PXY" in its grammar).
            return fail(
                    ResultCodes.DIAMETER_INVALID_HDR_BITS.code(),
                    command.requestAbbreviation()
                            + " must "
                            + (command.proxiable() ? "" : "not ")
                            + "have the P bit");
        }
        return new Outcome(command, null);
    }

    private static boolean contains(int[] ids, int id) {
        for (int candidate : ids) {
            if (candidate == id) {
                return true;
            }
        }
        return false;
    }

    private static Outcome fail(long resultCode, String why) {
        return new Outcome(null, new DecodeProblem(resultCode, null, why));
    }
}
