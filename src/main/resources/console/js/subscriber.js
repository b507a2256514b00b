// One subscriber: SQN_HE as SEQ and IND, serving nodes, IMS state, the auth history, EIR checks
// where the API has them, the IMS deregistration; edit and delete.
import { call, errorText } from "./api.js";
import { h, show, table } from "./dom.js";
import { subscriberForm } from "./form.js";

// TS 33.102 Annex C.3.2: SQN = SEQ (43 bits) || IND (5 bits)
const IND_BITS = 5n;

export function seqAndInd(sqn) {
  const value = BigInt(sqn);
  return { seq: (value >> IND_BITS).toString(), ind: Number(value & ((1n << IND_BITS) - 1n)) };
}

export function render(main, params) {
  const imsi = params[0];
  if (params[1] === "edit") {
    edit(main, imsi);
    return;
  }
  show(main, h("h1", {}, "Subscriber " + imsi), h("p", {}, "Loading…"));
  load(main, imsi);
}

async function edit(main, imsi) {
  const answer = await call("GET", "/api/v1/subscribers/" + encodeURIComponent(imsi));
  if (answer.status !== 200) {
    show(main, h("h1", {}, "Subscriber " + imsi), h("p", { class: "error" }, errorText(answer.body)));
    return;
  }
  show(main, h("h1", {}, "Edit " + imsi),
    subscriberForm(answer.body, () => { location.hash = "#/subscriber/" + encodeURIComponent(imsi); }));
}

async function load(main, imsi) {
  const path = "/api/v1/subscribers/" + encodeURIComponent(imsi);
  const [answer, history] = await Promise.all([call("GET", path), call("GET", path + "/auth-events?limit=50")]);
  if (answer.status !== 200) {
    show(main, h("h1", {}, "Subscriber " + imsi), h("p", { class: "error", id: "subscriber-error" }, errorText(answer.body)));
    return;
  }
  const s = answer.body;
  const sqn = seqAndInd(s.sqn);
  const status = h("p", { id: "action-status" });
  const kv = (rows) => h("table", {}, h("tbody", {},
    rows.map(([k, v, id]) => h("tr", {}, h("th", {}, k), h("td", id ? { id } : {}, v ?? "–")))));
  const node = (n) => n ? n.host + " (" + n.realm + ") since " + n.since + (n.dataCurrent ? "" : ", data not current") : null;
  show(main,
    h("h1", {}, "Subscriber " + s.imsi),
    h("div", { class: "row" },
      h("a", { href: "#/subscriber/" + encodeURIComponent(imsi) + "/edit", id: "edit" }, "Edit"),
      h("button", { type: "button", id: "delete", onclick: () => remove(imsi, status) }, "Delete"),
      s.ims ? h("button", { type: "button", id: "ims-deregister", onclick: () => deregister(imsi, status) }, "Deregister from IMS") : null),
    status,
    kv([["MSISDN", s.msisdn], ["Status", s.status], ["Algorithm", s.algorithm + " (" + s.keyType + ")"],
      ["AMF", s.amf], ["SQN_HE", s.sqn, "sqn"], ["SEQ", sqn.seq, "sqn-seq"], ["IND", sqn.ind, "sqn-ind"],
      ["Serving MME", node(s.servingMme), "serving-mme"], ["Serving SGSN", node(s.servingSgsn), "serving-sgsn"],
      ["Purged by MME / SGSN", s.purgedByMme + " / " + s.purgedBySgsn], ["IMEI", s.imei]]),
    h("h2", {}, "IMS"),
    s.ims ? kv([["IMPI", s.ims.impi], ["S-CSCF", s.ims.scscfName, "scscf"],
      ["Registration", Object.entries(s.ims.registrationStates || {}).map(([impu, st]) => impu + ": " + st).join(", "), "ims-states"]])
      : h("p", {}, "No IMS subscription."),
    h("h2", {}, "Authentication history"),
    historyTable(history),
    h("h2", {}, "EIR checks"),
    h("div", { id: "eir-checks" }, "Loading…"));
  eirChecks(main, s);
}

function historyTable(history) {
  if (history.status !== 200) return h("p", { class: "error" }, errorText(history.body));
  const events = history.body.events;
  if (events.length === 0) return h("p", { id: "auth-events-empty" }, "No resync recorded.");
  const sqnText = (x) => x.sqn + " (SEQ " + x.seq + ", IND " + x.ind + ")";
  return table(["At", "Kind", "Interface", "Peer", "SQN_HE before", "SQN_HE after"],
    events.map((e) => h("tr", { "data-kind": e.kind },
      h("td", {}, e.at), h("td", {}, e.kind), h("td", {}, e.interface), h("td", {}, e.peer),
      h("td", {}, sqnText(e.sqnBefore)), h("td", { class: "sqn-after", "data-seq": e.sqnAfter.seq, "data-ind": e.sqnAfter.ind }, sqnText(e.sqnAfter)))),
    { id: "auth-events" });
}

/** EIR checks by the IMEI last seen for the subscriber, where this HSS serves the EIR API. */
async function eirChecks(main, s) {
  const target = main.querySelector("#eir-checks");
  if (!target) return;
  if (!s.imei) {
    target.replaceChildren(h("p", {}, "No IMEI known for this subscriber."));
    return;
  }
  const answer = await call("GET", "/api/v1/eir/checks?imei=" + encodeURIComponent(s.imei) + "&limit=20");
  if (answer.status === 404 || answer.status === 405) {
    target.replaceChildren(h("p", {}, "EIR checks are not available."));
  } else if (answer.status !== 200) {
    target.replaceChildren(h("p", { class: "error" }, errorText(answer.body)));
  } else {
    const checks = answer.body.items || [];
    target.replaceChildren(checks.length === 0 ? h("p", {}, "No EIR check recorded.")
      : table(Object.keys(checks[0]), checks.map((c) => h("tr", {}, Object.values(c).map((v) => h("td", {}, typeof v === "object" ? JSON.stringify(v) : v))))));
  }
}

async function remove(imsi, status) {
  if (!confirm("Delete subscriber " + imsi + "?")) return;
  const answer = await call("DELETE", "/api/v1/subscribers/" + encodeURIComponent(imsi));
  if (answer.status === 204) location.hash = "#/subscribers";
  else status.textContent = errorText(answer.body);
}

async function deregister(imsi, status) {
  const answer = await call("POST", "/api/v1/subscribers/" + encodeURIComponent(imsi) + "/ims/deregister");
  status.textContent = answer.status === 200
    ? "Deregistered from IMS" + (answer.body.previousScscfName ? " (S-CSCF " + answer.body.previousScscfName + " told)" : "") + "."
    : errorText(answer.body);
}
