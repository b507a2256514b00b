package org.reactivehss.diameter.codec;

import org.reactivehss.diameter.dict.ResultCodes;

/**
 * What the frame decoder hands a connection for each frame: a {@link DecodeResult} (a message, or a
 * malformed one to be answered) or, once, a {@link FramingError} after which the stream is lost.
 * Sealed, so that a connection handles both and nothing else.
 */
public sealed interface InboundFrame permits DecodeResult, FramingError {

    /**
     * {@code item} as a frame; anything else a pipeline might emit is treated as a stream that can
     * no longer be framed, since nothing after it can be trusted.
     */
    static InboundFrame of(Object item) {
        return item instanceof InboundFrame frame
                ? frame
                : new FramingError(
                        ResultCodes.DIAMETER_UNABLE_TO_COMPLY.code(),
                        "not a Diameter frame: "
                                + (item == null ? "null" : item.getClass().getSimpleName()));
    }
}
