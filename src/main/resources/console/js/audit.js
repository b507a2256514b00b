// The audit log (GET /api/v1/audit), where the HSS has one; "not available" otherwise.
import { call, errorText } from "./api.js";
import { h, show, table } from "./dom.js";

export function render(main) {
  show(main, h("h1", {}, "Audit log"), h("p", { id: "audit-status" }, "Loading…"));
  load(main);
}

async function load(main) {
  const answer = await call("GET", "/api/v1/audit?limit=100");
  if (answer.status === 404) {
    show(main, h("h1", {}, "Audit log"),
      h("p", { id: "audit-status", class: "notice" }, "The audit log is not available on this HSS."));
    return;
  }
  if (answer.status !== 200) {
    show(main, h("h1", {}, "Audit log"), h("p", { class: "error" }, errorText(answer.body)));
    return;
  }
  const entries = answer.body.entries || answer.body.items || answer.body.events || [];
  const columns = entries.length ? Object.keys(entries[0]) : ["(empty)"];
  show(main, h("h1", {}, "Audit log"),
    table(columns, entries.map((e) => h("tr", {}, columns.map((c) =>
      h("td", {}, typeof e[c] === "object" && e[c] !== null ? JSON.stringify(e[c]) : e[c]))))));
}
