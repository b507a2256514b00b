// The audit log (GET /api/v1/audit, docs/api.md "Audit log"): the newest changes first, 100 a page,
// with the next page on demand. Rows hold field names only, never values.
import { call, errorText } from "./api.js";
import { h, show, table } from "./dom.js";

const COLUMNS = ["at", "client", "token", "action", "subject", "fields", "detail"];

export function render(main) {
  show(main, h("h1", {}, "Audit log"), h("p", { id: "audit-status" }, "Loading…"));
  load(main, []);
}

async function load(main, shown, cursor) {
  const query = "/api/v1/audit?limit=100" + (cursor ? "&cursor=" + encodeURIComponent(cursor) : "");
  const answer = await call("GET", query);
  if (answer.status !== 200) {
    show(main, h("h1", {}, "Audit log"), h("p", { class: "error" }, errorText(answer.body)));
    return;
  }
  const rows = shown.concat(answer.body.items || []);
  const more = answer.body.nextCursor
    ? h("button", { id: "audit-more", type: "button",
        onclick: () => load(main, rows, answer.body.nextCursor) }, "Older entries")
    : null;
  show(main, h("h1", {}, "Audit log"),
    h("p", { id: "audit-status" }, rows.length + " entries"),
    table(COLUMNS, rows.map((e) => h("tr", {}, COLUMNS.map((c) =>
      h("td", {}, cell(e[c])))))),
    more);
}

function cell(value) {
  if (value === null || value === undefined) {
    return "";
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
