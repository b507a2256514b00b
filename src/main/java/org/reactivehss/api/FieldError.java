package org.reactivehss.api;

import io.vertx.core.json.JsonObject;

/** One rejected input: the JSON path of the field ("apns[1].qci") and why, never the value itself. */
record FieldError(String field, String reason) {
  JsonObject toJson() {
    return new JsonObject().put("field", field).put("reason", reason);
  }
}
