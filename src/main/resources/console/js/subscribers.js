// Subscribers: prefix search with keyset paging, and the create form (the edit form is shared).
import { call, errorText } from "./api.js";
import { h, show, table } from "./dom.js";
import { subscriberForm } from "./form.js";

export function render(main, params) {
  if (params[0] === "new") {
    show(main, h("h1", {}, "New subscriber"),
      subscriberForm(null, (imsi) => { location.hash = "#/subscriber/" + encodeURIComponent(imsi); }));
    return;
  }
  const field = h("select", { id: "search-field" },
    h("option", { value: "imsiPrefix" }, "IMSI"), h("option", { value: "msisdnPrefix" }, "MSISDN"),
    h("option", { value: "impuPrefix" }, "IMPU"));
  const prefix = h("input", { id: "search-prefix", placeholder: "prefix" });
  const results = h("div", { id: "search-results" });
  const cursors = [];
  const search = async (cursor) => {
    const query = new URLSearchParams({ limit: "25" });
    if (prefix.value.trim()) query.set(field.value, prefix.value.trim());
    if (cursor) query.set("cursor", cursor);
    const answer = await call("GET", "/api/v1/subscribers?" + query);
    if (answer.status !== 200) {
      results.replaceChildren(h("p", { class: "error", id: "search-error" }, errorText(answer.body)));
      return;
    }
    const page = answer.body;
    const rows = page.items.map((s) => h("tr", { "data-imsi": s.imsi },
      h("td", {}, h("a", { href: "#/subscriber/" + s.imsi }, s.imsi)), h("td", {}, s.msisdn || ""),
      h("td", {}, s.status), h("td", {}, s.ims ? s.ims.impus.join(", ") : "")));
    results.replaceChildren(
      page.items.length ? table(["IMSI", "MSISDN", "Status", "IMPUs"], rows, { id: "subscriber-table" })
        : h("p", { id: "search-empty" }, "No subscriber matches."),
      h("div", { class: "row" },
        h("button", { id: "previous-page", type: "button", disabled: cursors.length === 0,
          onclick: () => { cursors.pop(); search(cursors[cursors.length - 1]); } }, "Previous"),
        h("button", { id: "next-page", type: "button", disabled: !page.nextCursor,
          onclick: () => { cursors.push(page.nextCursor); search(page.nextCursor); } }, "Next")));
  };
  const form = h("form", { id: "search-form", class: "row", onsubmit: (e) => {
    e.preventDefault();
    cursors.length = 0;
    search(null);
  } }, field, prefix, h("button", { id: "search", type: "submit" }, "Search"),
  h("a", { href: "#/subscribers/new", id: "new-subscriber" }, "New subscriber"));
  show(main, h("h1", {}, "Subscribers"), form, results);
  search(null);
}
