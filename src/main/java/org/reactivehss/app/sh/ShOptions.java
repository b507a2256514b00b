package org.reactivehss.app.sh;

/**
 * The Sh settings ({@code sh.*} in conf/hss.yaml).
 *
 * @param repositoryDataMaxBytes the largest ServiceData of one repository data item (UTF-8 bytes) a
 *     PUR or the API may store; larger is refused (TS 29.328 §6.1.2.1, 5008)
 * @param pnrInFlight Push-Notification-Requests under way at once; a change that would exceed it is
 *     not notified (counted and logged), so a slow AS never makes the HSS queue without bound
 */
public record ShOptions(int repositoryDataMaxBytes, int pnrInFlight) {
  public static final ShOptions DEFAULTS = new ShOptions(64 * 1024, 256);
}
