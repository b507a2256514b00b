package org.reactivehss.auth;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;

/**
 * Event-bus codec that hands the object itself to a local consumer (no serialization, no copy).
 * These messages never leave the JVM: the wire methods refuse.
 */
final class LocalCodec<T> implements MessageCodec<T, T> {
  private final String name;

  LocalCodec(Class<T> type) {
    this.name = "local:" + type.getName();
  }

  @Override
  public void encodeToWire(Buffer buffer, T message) {
    throw new UnsupportedOperationException(name + " is for local delivery only");
  }

  @Override
  public T decodeFromWire(int position, Buffer buffer) {
    throw new UnsupportedOperationException(name + " is for local delivery only");
  }

  @Override
  public T transform(T message) {
    return message;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public byte systemCodecID() {
    return -1;
  }
}
