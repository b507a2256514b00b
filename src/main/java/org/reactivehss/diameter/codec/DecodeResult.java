package org.reactivehss.diameter.codec;

/**
 * What parsing one frame gives: the message itself when its structure is sound, or a {@link
 * MalformedMessage} carrying the problem (and the readable part of the message, so that the answer
 * can still echo its identifiers). A well-formed message is its own result, so the common case
 * allocates nothing extra.
 */
public sealed interface DecodeResult extends InboundFrame
        permits DiameterMessage, MalformedMessage {

    /** The message; for a malformed one, its readable header and leading AVPs, or null if none. */
    DiameterMessage message();

    /** The structural problem, or null when the frame parsed cleanly. */
    DecodeProblem problem();

    default boolean isWellFormed() {
        return problem() == null;
    }
}
