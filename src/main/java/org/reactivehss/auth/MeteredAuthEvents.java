package org.reactivehss.auth;

import org.reactivehss.metrics.AuthVectorType;
import org.reactivehss.metrics.HssMetrics;

/**
 * Authentication's events counted on {@link HssMetrics}. The mapping lives here, above metrics, so
 * that metrics names its own tag values and never imports auth (which would close a package cycle
 * through store, which metrics measures).
 */
final class MeteredAuthEvents implements AuthEvents {
  private final HssMetrics metrics;

  MeteredAuthEvents(HssMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void vectorsIssued(VectorKind kind, int count) {
    metrics.vectorsIssued(typeOf(kind), count);
  }

  @Override
  public void resyncAccepted() {
    metrics.resyncAccepted();
  }

  @Override
  public void resyncRefused() {
    metrics.resyncRefused();
  }

  private static AuthVectorType typeOf(VectorKind kind) {
    return switch (kind) {
      case EUTRAN -> AuthVectorType.EUTRAN;
      case UTRAN -> AuthVectorType.UTRAN;
      case IMS -> AuthVectorType.IMS;
      case EAP_AKA -> AuthVectorType.EAP_AKA;
      case EAP_AKA_PRIME -> AuthVectorType.EAP_AKA_PRIME;
    };
  }
}
