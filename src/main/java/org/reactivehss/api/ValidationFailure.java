package org.reactivehss.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Input rejected before anything was written; becomes 400 with every {@link FieldError}. */
final class ValidationFailure extends IllegalArgumentException {
  private final List<FieldError> errors;

  ValidationFailure(List<FieldError> errors) {
    super("invalid subscriber: " + errors.size() + " field error(s)");
    this.errors = List.copyOf(errors);
  }

  List<FieldError> errors() {
    return errors;
  }

  JsonObject toJson() {
    JsonArray list = new JsonArray();
    errors.forEach(e -> list.add(e.toJson()));
    return new JsonObject().put("errors", list);
  }
}
