package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The APN and IMS rows of a run of subscribers ({@link SubscriberBatchWriter}), one statement per
 * table for the whole run: a replaced subscriber's old APNs go and its IMS identities are replaced
 * as {@link SubscriberWriter} does for one; a created one has none to remove.
 */
final class SubscriberChildRows {
  private static final String INSERT_APNS =
      "INSERT INTO subscriber_apns (imsi, apn, context_id, is_default, pdn_type, qci, arp_priority,"
          + " arp_preemption_capable, arp_preemption_vulnerable, ambr_ul, ambr_dl) SELECT * FROM"
          + " unnest($1::text[], $2::text[], $3::int[], $4::boolean[], $5::text[], $6::smallint[],"
          + " $7::smallint[], $8::boolean[], $9::boolean[], $10::bigint[], $11::bigint[])";

  private static final String UPSERT_IMPIS =
      "INSERT INTO ims_identities (imsi, impi, service_profile) SELECT * FROM"
          + " unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (imsi) DO UPDATE SET"
          + " impi = EXCLUDED.impi, service_profile = EXCLUDED.service_profile";

  /** The IMPUs of replaced subscribers that their new document no longer names. */
  private static final String DROP_STALE_IMPUS =
      "DELETE FROM ims_public_identities p WHERE p.imsi = ANY($1::text[]) AND NOT EXISTS"
          + " (SELECT 1 FROM unnest($2::text[], $3::text[]) AS n(imsi, impu)"
          + " WHERE n.imsi = p.imsi AND n.impu = p.impu)";

  /** As SubscriberWriter's claim: an IMPU of another subscriber is not returned. */
  private static final String CLAIM_IMPUS =
      "INSERT INTO ims_public_identities (impu, imsi, barred) SELECT * FROM"
          + " unnest($1::text[], $2::text[], $3::boolean[]) ON CONFLICT (impu) DO UPDATE SET"
          + " imsi = EXCLUDED.imsi, barred = EXCLUDED.barred"
          + " WHERE ims_public_identities.imsi = EXCLUDED.imsi";

  private SubscriberChildRows() {}

  /** {@code replaced}: the IMSIs among {@code run} that were stored before this write. */
  static Future<Void> writeApns(SqlConnection conn, List<SealedSubscriber> run, String[] replaced) {
    Future<?> deleted =
        replaced.length == 0
            ? Future.succeededFuture()
            : conn.preparedQuery("DELETE FROM subscriber_apns WHERE imsi = ANY($1::text[])")
                .execute(Tuple.tuple().addArrayOfString(replaced));
    int n = run.stream().mapToInt(s -> s.plain.apns().size()).sum();
    if (n == 0) {
      return deleted.mapEmpty();
    }
    String[] imsi = new String[n];
    String[] apn = new String[n];
    Integer[] contextId = new Integer[n];
    Boolean[] isDefault = new Boolean[n];
    String[] pdnType = new String[n];
    Short[] qci = new Short[n];
    Short[] arpPriority = new Short[n];
    Boolean[] capable = new Boolean[n];
    Boolean[] vulnerable = new Boolean[n];
    Long[] ambrUl = new Long[n];
    Long[] ambrDl = new Long[n];
    int i = 0;
    for (SealedSubscriber s : run) {
      for (Subscriber.Apn a : s.plain.apns()) {
        imsi[i] = s.imsi();
        apn[i] = a.apn();
        contextId[i] = a.contextId();
        isDefault[i] = a.isDefault();
        pdnType[i] = a.pdnType();
        qci[i] = (short) a.qci();
        arpPriority[i] = (short) a.arpPriority();
        capable[i] = a.preemptionCapable();
        vulnerable[i] = a.preemptionVulnerable();
        ambrUl[i] = a.ambrUl();
        ambrDl[i] = a.ambrDl();
        i++;
      }
    }
    Tuple rows =
        Tuple.tuple()
            .addArrayOfString(imsi)
            .addArrayOfString(apn)
            .addArrayOfInteger(contextId)
            .addArrayOfBoolean(isDefault)
            .addArrayOfString(pdnType)
            .addArrayOfShort(qci)
            .addArrayOfShort(arpPriority)
            .addArrayOfBoolean(capable)
            .addArrayOfBoolean(vulnerable)
            .addArrayOfLong(ambrUl)
            .addArrayOfLong(ambrDl);
    return deleted.compose(ok -> conn.preparedQuery(INSERT_APNS).execute(rows)).mapEmpty();
  }

  /**
   * Removes the IMS identities of replaced subscribers that have none now, writes the IMPI of each
   * that has them, drops the IMPUs they no longer name and claims the others; an IMPU held by
   * another subscriber fails the run ({@link SubscriberBatchWriter.NotAsASet}).
   */
  static Future<Void> writeIms(SqlConnection conn, List<SealedSubscriber> run, String[] replaced) {
    Set<String> replacedSet = new HashSet<>(Arrays.asList(replaced));
    List<String> noLonger = new ArrayList<>();
    List<String> holders = new ArrayList<>();
    List<String> impis = new ArrayList<>();
    List<String> profiles = new ArrayList<>();
    List<String> impuHolders = new ArrayList<>();
    List<String> impus = new ArrayList<>();
    List<Boolean> barred = new ArrayList<>();
    for (SealedSubscriber s : run) {
      Subscriber.Ims ims = s.plain.ims();
      if (ims == null) {
        noLonger.add(s.imsi());
        continue;
      }
      holders.add(s.imsi());
      impis.add(ims.impi());
      profiles.add(ims.serviceProfile());
      for (String impu : ims.impus()) {
        impuHolders.add(s.imsi());
        impus.add(impu);
        barred.add(ims.barredImpus().contains(impu));
      }
    }
    noLonger.retainAll(replacedSet);
    Future<?> removed =
        noLonger.isEmpty()
            ? Future.succeededFuture()
            : conn.preparedQuery("DELETE FROM ims_identities WHERE imsi = ANY($1::text[])")
                .execute(Tuple.tuple().addArrayOfString(noLonger.toArray(String[]::new)));
    if (holders.isEmpty()) {
      return removed.mapEmpty();
    }
    String[] holderArray = holders.toArray(String[]::new);
    String[] impuHolderArray = impuHolders.toArray(String[]::new);
    String[] impuArray = impus.toArray(String[]::new);
    List<String> replacedHolders = new ArrayList<>(holders);
    replacedHolders.retainAll(replacedSet);
    return removed
        .compose(
            ok ->
                conn.preparedQuery(UPSERT_IMPIS)
                    .execute(
                        Tuple.tuple()
                            .addArrayOfString(holderArray)
                            .addArrayOfString(impis.toArray(String[]::new))
                            .addArrayOfString(profiles.toArray(String[]::new))))
        .compose(
            ok ->
                replacedHolders.isEmpty()
                    ? Future.succeededFuture()
                    : conn.preparedQuery(DROP_STALE_IMPUS)
                        .execute(
                            Tuple.tuple()
                                .addArrayOfString(replacedHolders.toArray(String[]::new))
                                .addArrayOfString(impuHolderArray)
                                .addArrayOfString(impuArray)))
        .compose(
            ok ->
                impuArray.length == 0
                    ? Future.succeededFuture()
                    : conn.preparedQuery(CLAIM_IMPUS)
                        .execute(
                            Tuple.tuple()
                                .addArrayOfString(impuArray)
                                .addArrayOfString(impuHolderArray)
                                .addArrayOfBoolean(barred.toArray(Boolean[]::new))))
        .compose(
            claimed ->
                impuArray.length == 0 || claimed.rowCount() == impuArray.length
                    ? Future.<Void>succeededFuture()
                    : Future.failedFuture(
                        new SubscriberBatchWriter.NotAsASet(
                            "an IMPU belongs to another subscriber")));
  }
}
