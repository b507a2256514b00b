package org.reactivehss.diameter.codec;

import org.reactivehss.diameter.dict.ResultCodes;

/** Structural parse of one frame: header, then the AVP chain bounded by the message length. */
final class MessageParser {
    /** RFC 6733 §3: the only version. */
    static final int VERSION = 1;

    private MessageParser() {}

    static DecodeResult parse(byte[] frame) {
        if (frame == null || frame.length < DiameterMessage.HEADER_LENGTH) {
            return new MalformedMessage(
                    null,
                    DecodeProblem.of(
                            ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH,
                            null,
                            "frame shorter than the 20-octet header"));
        }
        if (Bytes.uint8(frame, 0) != VERSION) {
            return new MalformedMessage(
                    null,
                    DecodeProblem.of(
                            ResultCodes.DIAMETER_UNSUPPORTED_VERSION,
                            null,
                            "version " + Bytes.uint8(frame, 0) + " is not 1"));
        }
        int length = Bytes.uint24(frame, 1);
        if (length != frame.length) {
            return new MalformedMessage(
                    null,
                    DecodeProblem.of(
                            ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH,
                            null,
                            "Message Length "
                                    + length
                                    + " but the frame has "
                                    + frame.length
                                    + " octets"));
        }
        if (length % 4 != 0) {
            // RFC 6733 §3: the length is always a multiple of 4. The frame is still delimited, so
            // answer 5015.
            return new MalformedMessage(
                    DiameterMessage.over(frame, chainEnd(frame, length & ~3)),
                    DecodeProblem.of(
                            ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH,
                            null,
                            "Message Length " + length + " is not a multiple of 4"));
        }
        int broken = AvpChain.firstBreak(frame, DiameterMessage.HEADER_LENGTH, length);
        if (broken >= 0) {
            return new MalformedMessage(
                    DiameterMessage.over(frame, broken),
                    DecodeProblem.of(
                            ResultCodes.DIAMETER_INVALID_AVP_LENGTH,
                            AvpChain.truncatedExample(frame, broken, length),
                            "AVP at offset " + broken + " overruns the message"));
        }
        return DiameterMessage.over(frame, length);
    }

    private static int chainEnd(byte[] frame, int end) {
        int broken = AvpChain.firstBreak(frame, DiameterMessage.HEADER_LENGTH, end);
        return broken >= 0 ? broken : end;
    }
}
