package org.reactivehss.store;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;

/**
 * Hands an immutable message object to a consumer in the same JVM without copying or serialising it.
 * It refuses the wire: storage messages (keys!) never leave the process.
 */
final class LocalCodec<T> implements MessageCodec<T, T> {
  private final String name;

  private LocalCodec(Class<T> type) {
    this.name = "local:" + type.getName();
  }

  /** Registers the codec as the default for {@code type} once per Vert.x instance. */
  static <T> void register(Vertx vertx, Class<T> type) {
    try {
      vertx.eventBus().registerDefaultCodec(type, new LocalCodec<>(type));
    } catch (IllegalStateException alreadyRegistered) {
      // another StorageVerticle instance or a client registered it first: the same codec, nothing to do
    }
  }

  static void registerAll(Vertx vertx) {
    register(vertx, StoreRequests.Keys.class);
    register(vertx, StoreRequests.Reserve.class);
    register(vertx, StoreRequests.Resync.class);
    register(vertx, SubscriberKeys.class);
    register(vertx, SqnReservation.class);
  }

  @Override
  public void encodeToWire(Buffer buffer, T value) {
    throw new UnsupportedOperationException("storage messages are local only");
  }

  @Override
  public T decodeFromWire(int pos, Buffer buffer) {
    throw new UnsupportedOperationException("storage messages are local only");
  }

  @Override
  public T transform(T value) {
    return value;
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
