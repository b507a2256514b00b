// The subscriber form: PUT to create (K and OP/OPc required), PATCH to edit (blank keys stay as
// they are). The API's per-field errors ({"errors":[{"field","reason"}]}) appear beside the fields.
import { call, errorText } from "./api.js";
import { h } from "./dom.js";

const DEFAULT_APNS = [{ apn: "internet", contextId: 1, default: true, pdnType: "ipv4", qci: 9,
  arp: { priority: 8, preemptionCapable: false, preemptionVulnerable: true } }];

export function subscriberForm(current, done) {
  const editing = current !== null;
  const inputs = {};
  const errors = {};
  const general = h("p", { class: "error", id: "form-error" });
  const row = (name, label, input, hint) => {
    inputs[name] = input;
    errors[name] = h("span", { class: "field-error", id: "error-" + name });
    return [h("label", { for: input.id }, label), input, h("div", {}, errors[name], hint ? " " + hint : "")];
  };
  const text = (name, value, attrs = {}) => h("input", { id: "field-" + name, name, value: value ?? "", ...attrs });
  const select = (name, options, value) => h("select", { id: "field-" + name, name },
    options.map((o) => h("option", { value: o, selected: o === value }, o)));
  const area = (name, value) => h("textarea", { id: "field-" + name, name }, value === null ? "" : JSON.stringify(value, null, 1));
  const keyHint = editing ? "(blank: unchanged)" : "";
  const form = h("form", { class: "grid", id: "subscriber-form" },
    row("imsi", "IMSI", text("imsi", current?.imsi, { readonly: editing })),
    row("msisdn", "MSISDN", text("msisdn", current?.msisdn)),
    row("k", "K (32 hex)", text("k", "", { autocomplete: "off" }), keyHint),
    row("keyType", "Operator key is", select("keyType", ["opc", "op"], current?.keyType || "opc")),
    row("opKey", "OP / OPc (32 hex)", text("opKey", "", { autocomplete: "off" }), keyHint),
    row("amf", "AMF (4 hex)", text("amf", current?.amf || "8000")),
    row("algorithm", "Algorithm", select("algorithm", ["milenage", "xor"], current?.algorithm || "milenage")),
    row("status", "Status", select("status", ["active", "barred"], current?.status || "active")),
    row("apns", "APNs (JSON)", area("apns", current ? current.apns : DEFAULT_APNS)),
    row("ims", "IMS (JSON)", area("ims", current && current.ims ? imsOf(current.ims) : null)),
    h("span"), h("button", { type: "submit", id: "save" }, editing ? "Save" : "Create"), h("span"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    Object.values(errors).forEach((e) => { e.textContent = ""; });
    general.textContent = "";
    let body;
    try {
      body = bodyOf(inputs, editing);
    } catch (bad) {
      show(errors, general, [{ field: bad.field, reason: bad.message }]);
      return;
    }
    const imsi = inputs.imsi.value.trim();
    const answer = await call(editing ? "PATCH" : "PUT", "/api/v1/subscribers/" + encodeURIComponent(imsi), body);
    if (answer.status === 200 || answer.status === 201) {
      done(imsi);
    } else if (answer.body && Array.isArray(answer.body.errors)) {
      show(errors, general, answer.body.errors);
    } else {
      general.textContent = "The API answered " + answer.status + ": " + errorText(answer.body);
    }
  });
  return h("div", {}, form, general);
}

function imsOf(ims) {
  return { impi: ims.impi, impus: ims.impus, barredImpus: ims.barredImpus, serviceProfile: ims.serviceProfile ?? undefined };
}

function bodyOf(inputs, editing) {
  const body = {};
  const put = (name, value) => { if (value !== "" || !editing) body[name] = value; };
  body.imsi = inputs.imsi.value.trim();
  const msisdn = inputs.msisdn.value.trim();
  if (msisdn) body.msisdn = msisdn;
  else if (editing) body.msisdn = null;
  put("k", inputs.k.value.trim());
  const opKey = inputs.opKey.value.trim();
  if (opKey || !editing) body[inputs.keyType.value] = opKey;
  body.amf = inputs.amf.value.trim();
  body.algorithm = inputs.algorithm.value;
  body.status = inputs.status.value;
  body.apns = json("apns", inputs.apns.value, []);
  const ims = json("ims", inputs.ims.value, null);
  if (ims !== null || editing) body.ims = ims;
  if (editing) delete body.imsi;
  return body;
}

function json(field, text, empty) {
  if (!text.trim()) return empty;
  try {
    return JSON.parse(text);
  } catch (e) {
    const error = new Error("is not valid JSON");
    error.field = field;
    throw error;
  }
}

/** Each error beside its field: "apns[0].qci" beside the APNs, "op|opc" beside the operator key. */
function show(errors, general, list) {
  const rest = [];
  for (const e of list) {
    const name = placeOf(e.field || "");
    if (errors[name]) errors[name].textContent = (errors[name].textContent ? errors[name].textContent + "; " : "") +
      (name === e.field ? "" : e.field + " ") + e.reason;
    else rest.push((e.field ? e.field + ": " : "") + e.reason);
  }
  general.textContent = rest.join("; ");
}

function placeOf(field) {
  if (field === "op" || field === "opc" || field === "op|opc") return "opKey";
  if (field.startsWith("apns")) return "apns";
  if (field.startsWith("ims")) return "ims";
  return field;
}
