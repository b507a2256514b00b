/**
 * The Diameter codec (RFC 6733 §3, §4): knows bytes and the dictionary, nothing of connections.
 *
 * <p>Inbound: {@link org.reactivehss.diameter.codec.DiameterFrameDecoder} cuts the stream into
 * frames and emits one {@link org.reactivehss.diameter.codec.DecodeResult} per frame, or a single
 * {@link org.reactivehss.diameter.codec.FramingError} when the stream can no longer be framed (bad
 * version, length below 20 or above the maximum); only that closes a connection. Both are an {@link
 * org.reactivehss.diameter.codec.InboundFrame}, the sealed type a connection receives. {@link
 * org.reactivehss.diameter.codec.MessageValidator} then checks a message against the dictionary,
 * its commands' grammars and the grammars of Grouped AVPs and the values of Enumerated ones it
 * holds, and {@link org.reactivehss.diameter.codec.ErrorAnswers} turns the first problem into the
 * answer, Failed-AVP as RFC 6733 §7.5 asks (an example of a missing AVP, enclosed in its group).
 * {@link org.reactivehss.diameter.codec.ApplicationHead} builds the head every message of an
 * application starts with (Session-Id, Vendor-Specific-Application-Id, Auth-Session-State,
 * Origin-*).
 *
 * <p>Outbound: {@link org.reactivehss.diameter.codec.MessageBuilder} encodes into one growable
 * array and {@link org.reactivehss.diameter.codec.MessageBuilder#build()} returns the message as a
 * {@code byte[]} of exactly its length. The codec ends there: the transport's {@code
 * Link.send(byte[])} wraps that array in a buffer without copying and writes it (over TCP on the
 * Vert.x socket, where answers finished in one event-loop turn share one flush; over SCTP as one
 * message on stream 0 with PPID 46).
 */
package org.reactivehss.diameter.codec;
