package org.reactivehss.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.reactivehss.bus.Deadline;
import org.reactivehss.events.ShDataChanged;
import org.reactivehss.store.ShDataReference;
import org.reactivehss.store.ShPermission;
import org.reactivehss.store.ShRepository;
import org.reactivehss.store.ShRepositoryItem;
import org.reactivehss.store.ShStore;
import org.reactivehss.xml.SafeXml;

/**
 * Sh provisioning under /api/v1/sh (docs/api.md "Sh", docs/sh.md): the AS permission lists of TS
 * 29.328 §6.2 per AS Origin-Host, and repository data per public identity and Service-Indication
 * under the same Sequence-Number rules as a PUR ({@link ShRepository}): a stale number is 409. A
 * change is published ({@link ShDataChanged}) so that subscribed ASs get a PNR.
 */
public final class ShEndpoints {
  static final String PERMISSIONS = "/api/v1/sh/permissions/:originHost";
  static final String REPOSITORY = "/api/v1/sh/repository-data/:identity/:serviceIndication";

  private final ShStore store;
  private final ShRepository repository;
  private final int maxBytes;

  public ShEndpoints(ShStore store, ShRepository repository, int maxBytes) {
    this.store = store;
    this.repository = repository;
    this.maxBytes = maxBytes;
  }

  public void mount(Router router) {
    router.get(PERMISSIONS).handler(this::readPermission);
    router.put(PERMISSIONS).handler(this::putPermission);
    router.delete(PERMISSIONS).handler(this::deletePermission);
    router.get(REPOSITORY).handler(this::readItem);
    router.put(REPOSITORY).handler(this::putItem);
    router.delete(REPOSITORY).handler(this::deleteItem);
  }

  private void readPermission(RoutingContext ctx) {
    String host = host(ctx);
    if (host == null) {
      return;
    }
    store
        .permission(host, Deadline.NONE)
        .onSuccess(
            p -> {
              if (p == null) {
                Responses.error(ctx, 404, "originHost", "no permission list for this AS");
              } else {
                Responses.json(ctx, 200, json(host, p));
              }
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private void putPermission(RoutingContext ctx) {
    String host = host(ctx);
    JsonObject body = host == null ? null : SubscriberHandlers.bodyObject(ctx);
    if (body == null) {
      return;
    }
    Set<ShDataReference> read = references(ctx, body, "udr");
    Set<ShDataReference> update = read == null ? null : references(ctx, body, "pur");
    Set<ShDataReference> subscribe = update == null ? null : references(ctx, body, "snr");
    if (subscribe == null) {
      return;
    }
    ShPermission p = new ShPermission(read, update, subscribe);
    store
        .putPermission(host, p)
        .onSuccess(created -> Responses.json(ctx, created ? 201 : 200, json(host, p)))
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private void deletePermission(RoutingContext ctx) {
    String host = host(ctx);
    if (host == null) {
      return;
    }
    store
        .deletePermission(host)
        .onSuccess(
            gone -> {
              if (gone) {
                Responses.noContent(ctx);
              } else {
                Responses.error(ctx, 404, "originHost", "no permission list for this AS");
              }
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private void readItem(RoutingContext ctx) {
    String identity = ctx.pathParam("identity");
    String si = ctx.pathParam("serviceIndication");
    repository
        .get(identity, si)
        .onSuccess(
            item -> {
              if (item == null) {
                Responses.error(ctx, 404, "serviceIndication", "no repository data");
              } else {
                Responses.json(ctx, 200, json(identity, item));
              }
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private void putItem(RoutingContext ctx) {
    JsonObject body = SubscriberHandlers.bodyObject(ctx);
    if (body == null) {
      return;
    }
    Integer sequence = sequenceNumber(ctx, body.getValue("sequenceNumber"));
    if (sequence == null) {
      return;
    }
    Object data = body.getValue("serviceData");
    if (!(data instanceof String text) || text.isBlank()) {
      Responses.error(ctx, 400, "serviceData", "must be a non-empty string of XML content");
      return;
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      Responses.error(ctx, 413, "serviceData", "must be at most " + maxBytes + " bytes");
      return;
    }
    String problem = SafeXml.notWellFormed("<ServiceData>" + text + "</ServiceData>");
    if (problem != null) {
      Responses.error(ctx, 400, "serviceData", problem);
      return;
    }
    write(ctx, sequence, text);
  }

  private void deleteItem(RoutingContext ctx) {
    Integer sequence = sequenceNumber(ctx, ctx.queryParams().get("sequenceNumber"));
    if (sequence != null) {
      write(ctx, sequence, null);
    }
  }

  private void write(RoutingContext ctx, int sequence, String data) {
    String identity = ctx.pathParam("identity");
    String si = ctx.pathParam("serviceIndication");
    repository
        .write(identity, si, sequence, data, Deadline.NONE)
        .onSuccess(
            written -> {
              switch (written.write()) {
                case OUT_OF_SYNC ->
                    Responses.error(
                        ctx, 409, "sequenceNumber", "is not the stored number plus one (or 0)");
                case UNKNOWN_IDENTITY ->
                    Responses.error(ctx, 404, "identity", "names no subscriber");
                case ABSENT -> Responses.noContent(ctx);
                case CREATED, UPDATED, DELETED -> {
                  ctx.vertx()
                      .eventBus()
                      .publish(
                          ShDataChanged.ADDRESS,
                          new ShDataChanged(
                              written.imsi(), ShDataChanged.What.REPOSITORY_DATA, identity, si));
                  if (data == null) {
                    Responses.noContent(ctx);
                  } else {
                    Responses.json(
                        ctx,
                        written.write() == ShRepository.Write.CREATED ? 201 : 200,
                        json(identity, new ShRepositoryItem(si, sequence, data)));
                  }
                }
              }
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }

  private static Integer sequenceNumber(RoutingContext ctx, Object raw) {
    Integer n = null;
    if (raw instanceof Integer i) {
      n = i;
    } else if (raw instanceof String s && s.matches("[0-9]{1,5}")) {
      n = Integer.parseInt(s);
    }
    if (n == null || n < 0 || n > ShRepository.MAX_SEQUENCE) {
      Responses.error(ctx, 400, "sequenceNumber", "must be an integer in 0..65535");
      return null;
    }
    return n;
  }

  private static String host(RoutingContext ctx) {
    String host = ctx.pathParam("originHost");
    if (host == null || !host.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,253}[A-Za-z0-9])?")) {
      Responses.error(ctx, 400, "originHost", "must be a Diameter identity (a host name)");
      return null;
    }
    return host;
  }

  /** The Data-Reference names of {@code field}; null after a 400 naming the bad entry. */
  private static Set<ShDataReference> references(
      RoutingContext ctx, JsonObject body, String field) {
    Object raw = body.getValue(field);
    Set<ShDataReference> set = EnumSet.noneOf(ShDataReference.class);
    if (raw == null) {
      return set;
    }
    if (!(raw instanceof JsonArray names)) {
      Responses.error(ctx, 400, field, "must be an array of Data-Reference names");
      return null;
    }
    for (int i = 0; i < names.size(); i++) {
      ShDataReference r = names.getValue(i) instanceof String s ? ShDataReference.byName(s) : null;
      if (r == null) {
        Responses.error(
            ctx,
            400,
            field + "[" + i + "]",
            "must be a Data-Reference of TS 29.329 §6.3.4, e.g. RepositoryData");
        return null;
      }
      set.add(r);
    }
    return set;
  }

  private static JsonObject json(String host, ShPermission p) {
    return new JsonObject()
        .put("originHost", host)
        .put("udr", names(p.read()))
        .put("pur", names(p.update()))
        .put("snr", names(p.subscribe()));
  }

  private static JsonArray names(Set<ShDataReference> set) {
    JsonArray out = new JsonArray();
    EnumSet.copyOf(set.isEmpty() ? EnumSet.noneOf(ShDataReference.class) : set)
        .forEach(r -> out.add(r.specName()));
    return out;
  }

  private static JsonObject json(String identity, ShRepositoryItem item) {
    return new JsonObject()
        .put("identity", identity)
        .put("serviceIndication", item.serviceIndication())
        .put("sequenceNumber", item.sequenceNumber())
        .put("serviceData", item.serviceData());
  }
}
