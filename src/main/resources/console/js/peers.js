// Diameter peers (GET /api/v1/peers), refreshed every two seconds.
import { call, errorText } from "./api.js";
import { h, show, table } from "./dom.js";

export function render(main) {
  show(main, h("h1", {}, "Peers"), h("div", { id: "peers" }, "Loading…"));
  const timer = setInterval(() => load(main), 2000);
  load(main);
  return () => clearInterval(timer);
}

async function load(main) {
  const target = main.querySelector("#peers");
  if (!target) return;
  const answer = await call("GET", "/api/v1/peers");
  if (answer.status !== 200) {
    target.replaceChildren(h("p", { class: "error" }, errorText(answer.body)));
    return;
  }
  const peers = answer.body.peers;
  if (peers.length === 0) {
    target.replaceChildren(h("p", {}, "No Diameter peer is connected."));
    return;
  }
  target.replaceChildren(table(
    ["Origin-Host", "State", "Applications", "Address", "TLS", "Connected since", "In flight"],
    peers.map((p) => h("tr", { "data-peer": p.originHost || "" },
      h("td", {}, p.originHost || "(before CER)"), h("td", {}, p.state),
      h("td", {}, p.applications.join(", ")), h("td", {}, p.address), h("td", {}, p.tls ? "yes" : "no"),
      h("td", {}, new Date(p.connectedSince).toLocaleString()), h("td", { class: "num" }, p.inFlight))),
    { id: "peer-table" }));
}
