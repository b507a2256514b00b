package org.reactivehss.store;

/**
 * The JSON a GET returns, built by PostgreSQL in the same query that reads the rows. It carries no
 * key column (K, OP, OPc), only which of OP/OPc was provisioned.
 */
final class SubscriberDocuments {
  private static final String AMBR =
      "CASE WHEN %1$s.ambr_ul IS NULL AND %1$s.ambr_dl IS NULL THEN NULL "
          + "ELSE json_build_object('ul', %1$s.ambr_ul, 'dl', %1$s.ambr_dl) END";

  private static final String DOCUMENT =
      "json_build_object("
          + "'imsi', s.imsi, 'msisdn', s.msisdn, 'algorithm', s.algorithm, "
          + "'keyType', CASE WHEN s.op IS NULL THEN 'opc' ELSE 'op' END, "
          + "'amf', encode(s.amf, 'hex'), 'sqn', s.sqn, 'status', s.status, "
          + "'ambr', "
          + String.format(AMBR, "s")
          + ", "
          + "'accessRestriction', s.access_restriction, 'roamingAllowed', s.roaming_allowed, "
          + "'non3gppAccess', s.non3gpp_access, 'aaaServerName', s.aaa_server_name, "
          + "'apns', COALESCE((SELECT json_agg(json_build_object('apn', a.apn, 'contextId', a.context_id, "
          + "'default', a.is_default, 'pdnType', a.pdn_type, 'qci', a.qci, "
          + "'arp', json_build_object('priority', a.arp_priority, "
          + "'preemptionCapable', a.arp_preemption_capable, "
          + "'preemptionVulnerable', a.arp_preemption_vulnerable), "
          + "'ambr', "
          + String.format(AMBR, "a")
          + ") ORDER BY a.context_id) "
          + "FROM subscriber_apns a WHERE a.imsi = s.imsi), '[]'::json), "
          + "'ims', (SELECT json_build_object('impi', i.impi, 'serviceProfile', i.service_profile, "
          + "'impus', COALESCE((SELECT json_agg(p.impu ORDER BY p.impu) FROM ims_public_identities p "
          + "WHERE p.imsi = i.imsi), '[]'::json), "
          + "'barredImpus', COALESCE((SELECT json_agg(p.impu ORDER BY p.impu) FROM ims_public_identities p "
          + "WHERE p.imsi = i.imsi AND p.barred), '[]'::json), "
          + "'scscfName', i.scscf_name, "
          + "'registrationStates', COALESCE((SELECT json_object_agg(p.impu, p.registration_state) "
          + "FROM ims_public_identities p WHERE p.imsi = i.imsi), '{}'::json)) "
          + "FROM ims_identities i WHERE i.imsi = s.imsi), "
          + "'servingMme', CASE WHEN s.serving_mme_host IS NULL THEN NULL ELSE json_build_object("
          + "'host', s.serving_mme_host, 'realm', s.serving_mme_realm, 'since', s.serving_mme_since, "
          + "'dataCurrent', s.mme_data_current) END, "
          + "'servingSgsn', CASE WHEN s.serving_sgsn_host IS NULL THEN NULL ELSE json_build_object("
          + "'host', s.serving_sgsn_host, 'realm', s.serving_sgsn_realm, 'since', s.serving_sgsn_since, "
          + "'sgsnNumber', encode(s.serving_sgsn_number, 'hex'), 'dataCurrent', s.sgsn_data_current) END, "
          + "'purgedByMme', s.purged_by_mme, 'purgedBySgsn', s.purged_by_sgsn, 'imei', s.imei, 'softwareVersion', s.software_version)";

  static final String ONE = "SELECT " + DOCUMENT + " FROM subscribers s WHERE s.imsi = $1";

  /** Keyset paging: the cursor is the last IMSI of the previous page. */
  static final String PAGE =
      "SELECT s.imsi, "
          + DOCUMENT
          + " FROM subscribers s WHERE s.imsi > $1 "
          + "ORDER BY s.imsi LIMIT $2";

  /**
   * A page of those whose IMSI, MSISDN or one IMPU starts with a prefix: $3 the prefix, $4 the
   * first string after every string that starts with it ({@link SubscriberSearch}); the ranges are
   * byte-wise (~>=~, ~<~) to use the text_pattern_ops indexes of V12. Ordered and paged by IMSI
   * like {@link #PAGE}.
   */
  static String pageWhere(SubscriberSearch.Field field) {
    String match =
        switch (field) {
          case IMSI -> "s.imsi ~>=~ $3 AND s.imsi ~<~ $4";
          case MSISDN -> "s.msisdn ~>=~ $3 AND s.msisdn ~<~ $4";
          case IMPU ->
              "s.imsi IN (SELECT p.imsi FROM ims_public_identities p "
                  + "WHERE p.impu ~>=~ $3 AND p.impu ~<~ $4)";
        };
    return "SELECT s.imsi, "
        + DOCUMENT
        + " FROM subscribers s WHERE s.imsi > $1 AND "
        + match
        + " ORDER BY s.imsi LIMIT $2";
  }

  private SubscriberDocuments() {}
}
