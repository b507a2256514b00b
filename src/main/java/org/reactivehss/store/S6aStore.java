package org.reactivehss.store;

import io.vertx.core.Future;
import java.util.List;
import java.util.function.Predicate;
import org.reactivehss.bus.Deadline;

/**
 * What the S6a application keeps in the database: serving MME and SGSN, purge flags, terminal
 * information, and the profile sent as Subscription-Data. {@link PgS6aStore} is one database's;
 * {@link PartitionedS6aStore} picks the database of the subscriber's IMSI range
 * (docs/scale-out.md). Failures complete with an {@link org.reactivehss.failure.HssFailure}; the
 * calls a ULR, PUR or NOR makes take its {@link Deadline} and fail with TIMED_OUT once it passed.
 */
public interface S6aStore {

  /** The profile for Insert-Subscriber-Data, or null when the subscriber is unknown. */
  Future<S6aProfile> profile(String imsi);

  /**
   * Update-Location: in one transaction under the subscriber's row lock, reads the profile and the
   * serving nodes, asks {@code request.admits()}, and if it agrees stores the node as the serving
   * MME or SGSN. Completes with null when the subscriber is unknown.
   */
  Future<LocationUpdate> updateLocation(LocationRequest request, Deadline deadline);

  /** An MME's Update-Location without single registration. */
  default Future<LocationUpdate> updateLocation(
      String imsi,
      String host,
      String realm,
      String imei,
      String softwareVersion,
      Predicate<S6aProfile> admits,
      Deadline deadline) {
    return updateLocation(
        new LocationRequest(imsi, host, realm, imei, softwareVersion, admits), deadline);
  }

  /** After a successful IDA from {@code host}: its node kind holds the current data. */
  Future<Void> dataCurrent(String imsi, ServingNode node, String host);

  /** Host and realm of every registered MME and SGSN, each once. */
  Future<List<String[]>> registeredNodes();

  /**
   * Purge-UE from {@code host}: completes with which registrations {@code host} held (their flags
   * are now set), or null when the subscriber is unknown.
   */
  Future<Purged> purge(String imsi, String host, Deadline deadline);

  /** What a Purge-UE set: "UE purged in MME", "UE purged in SGSN" (§5.2.1.3.3). */
  record Purged(boolean mme, boolean sgsn) {}

  /**
   * Notify from {@code host}: stores the terminal information it carries (nulls keep the stored
   * values); completes with whether {@code host} is the registered MME or SGSN, or null when
   * unknown.
   */
  Future<Boolean> notify(
      String imsi, String host, String imei, String softwareVersion, Deadline deadline);
}
