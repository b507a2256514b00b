package org.reactivehss.diameter.codec;

/**
 * A frame whose structure is broken. {@code readablePart} holds the header and the AVPs before the
 * break (null when not even the header is readable); {@code problem} says what to answer.
 */
record MalformedMessage(DiameterMessage readablePart, DecodeProblem problem)
        implements DecodeResult {

    @Override
    public DiameterMessage message() {
        return readablePart;
    }
}
