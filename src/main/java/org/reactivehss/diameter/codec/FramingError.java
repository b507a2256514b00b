package org.reactivehss.diameter.codec;

/**
 * The byte stream can no longer be cut into messages. The only decode outcome that closes a
 * connection: everything after the bad header is discarded. {@code resultCode} is what a
 * Disconnect-Peer or log line may report (5011 for a version, 5015 for a length).
 */
public record FramingError(long resultCode, String reason) implements InboundFrame {}
