package org.reactivehss.diameter.peer;

/** An encoded answer a handler returns over the event bus; the peer layer writes it unchanged. */
public record DiameterAnswer(byte[] bytes) {
}
