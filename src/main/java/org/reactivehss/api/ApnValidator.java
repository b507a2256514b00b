package org.reactivehss.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reactivehss.store.Subscriber;

/** The "apns" list: one APN-Configuration each (TS 29.272 §7.3.35). */
final class ApnValidator {
  private static final Set<String> FIELDS =
      Set.of("apn", "contextId", "default", "pdnType", "qci", "arp", "ambr");
  private static final Set<String> ARP_FIELDS =
      Set.of("priority", "preemptionCapable", "preemptionVulnerable");

  /**
   * APN network identifier: labels of at most 63 characters, 100 octets in all (TS 23.003 §9.1).
   */
  private static final String APN =
      "(?=.{1,100}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\\*";

  /**
   * APN-Configurations of one subscriber, all sent in ULA and IDR (TS 29.272 §7.3.34): a UE has at
   * most 11 EPS bearers (EBI 5..15, TS 24.007 §11.2.3.1.5), so few PDN connections at once; 64
   * leaves room for per-service APNs and keeps the answer a few KB.
   */
  static final int MAX_APNS = 64;

  private ApnValidator() {}

  static List<Subscriber.Apn> apns(JsonFields subscriber) {
    JsonArray list = subscriber.array("apns");
    if (list == null) {
      return List.of();
    }
    if (list.size() > MAX_APNS) {
      subscriber.reject("apns", "holds more than " + MAX_APNS + " APN configurations");
      return List.of();
    }
    List<Subscriber.Apn> apns = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<Long> contextIds = new HashSet<>();
    int defaults = 0;
    for (int i = 0; i < list.size(); i++) {
      String path = subscriber.path("apns[" + i + "]");
      if (!(list.getValue(i) instanceof JsonObject json)) {
        subscriber.errors().add(new FieldError(path, "must be an object"));
        continue;
      }
      JsonFields in = new JsonFields(json, path + ".", subscriber.errors());
      in.onlyKnown(FIELDS);
      String apn =
          in.string(
              "apn",
              APN,
              "must be an APN name (labels of letters, digits, hyphens; at most 100 octets)",
              null);
      if (!in.has("apn")) {
        in.reject("apn", "is required");
      } else if (apn != null && !names.add(apn.toLowerCase())) {
        in.reject("apn", "is listed twice");
      }
      long contextId = in.integer("contextId", 1, 0xFFFFFFFFL >>> 1, (long) i + 1);
      if (!contextIds.add(contextId)) {
        in.reject("contextId", "is used by another APN");
      }
      boolean isDefault = in.bool("default", false);
      defaults += isDefault ? 1 : 0;
      String pdnType =
          in.string(
              "pdnType",
              "ipv4|ipv6|ipv4v6|ipv4_or_ipv6",
              "must be ipv4, ipv6, ipv4v6 or ipv4_or_ipv6",
              "ipv4");
      long qci = in.integer("qci", 1, 254, 9L);
      JsonFields arp = in.object("arp");
      long priority = 8;
      boolean capable = false;
      boolean vulnerable = true;
      if (arp != null) {
        arp.onlyKnown(ARP_FIELDS);
        priority = arp.integer("priority", 1, 15, 8L);
        capable = arp.bool("preemptionCapable", false);
        vulnerable = arp.bool("preemptionVulnerable", true);
      }
      long[] ambr = SubscriberValidator.ambr(in.object("ambr"));
      apns.add(
          new Subscriber.Apn(
              apn,
              (int) contextId,
              isDefault,
              pdnType,
              (int) qci,
              (int) priority,
              capable,
              vulnerable,
              ambr == null ? null : ambr[0],
              ambr == null ? null : ambr[1]));
    }
    if (defaults > 1) {
      subscriber.reject("apns", "more than one APN is marked default");
    }
    if (defaults == 0 && !apns.isEmpty()) {
      // the first APN is the default context (TS 29.272 §7.3.34 Context-Identifier) unless one says
      // otherwise
      Subscriber.Apn first = apns.get(0);
      apns.set(
          0,
          new Subscriber.Apn(
              first.apn(),
              first.contextId(),
              true,
              first.pdnType(),
              first.qci(),
              first.arpPriority(),
              first.preemptionCapable(),
              first.preemptionVulnerable(),
              first.ambrUl(),
              first.ambrDl()));
    }
    return apns;
  }
}
