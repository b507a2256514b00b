package org.reactivehss.auth;

import java.util.List;

/**
 * The answer to a {@link VectorRequest}: {@code vectors} holds {@link EutranVector}, {@link
 * UtranVector} or {@link ImsAuthItem} items according to {@code kind}, in SQN order. Every SQN in
 * it was durable in storage before this reply was built.
 */
public record VectorReply(VectorKind kind, List<AuthVector> vectors) {
  public VectorReply {
    vectors = List.copyOf(vectors);
  }

  /** The items as the concrete type the caller expects for {@code kind}. */
  public <T extends AuthVector> List<T> vectorsAs(Class<T> type) {
    return vectors.stream().map(type::cast).toList();
  }
}
