// Bulk import: an NDJSON file, or a CSV file converted here to NDJSON (one PUT body per line),
// posted to /api/v1/subscribers/import in parts so that progress can be shown; the per-line
// reports are joined, numbered by the line of the file.
import { call, errorText } from "./api.js";
import { h, show, table } from "./dom.js";

const LINES_PER_POST = 500;
const NUMBERS = new Set(["sqn", "accessRestriction"]);
const BOOLEANS = new Set(["roamingAllowed", "non3gppAccess"]);

export function render(main) {
  const file = h("input", { type: "file", id: "import-file", accept: ".ndjson,.jsonl,.json,.csv,text/csv" });
  const progress = h("progress", { id: "import-progress", max: "1", value: "0" });
  const summary = h("p", { id: "import-summary" });
  const report = h("div", { id: "import-report" });
  const form = h("form", { class: "row", id: "import-form", onsubmit: (e) => {
    e.preventDefault();
    if (file.files.length) run(file.files[0], progress, summary, report);
  } }, file, h("button", { type: "submit", id: "import-start" }, "Import"), progress);
  show(main, h("h1", {}, "Import subscribers"),
    h("p", {}, "NDJSON: one subscriber per line as the API's PUT body, with \"imsi\". CSV: a header row of API field " +
      "names (imsi, msisdn, k, opc or op, amf, algorithm, status, sqn, …); a cell holding JSON (apns, ims) is parsed."),
    form, summary, report);
}

async function run(file, progress, summary, report) {
  const text = await file.text();
  let lines;
  try {
    lines = /\.csv$/i.test(file.name) ? csvToNdjson(text) : text.split(/\r?\n/);
  } catch (bad) {
    summary.textContent = bad.message;
    return;
  }
  const numbered = lines.map((line, i) => ({ line, number: i + 1 + (/\.csv$/i.test(file.name) ? 1 : 0) }))
    .filter((l) => l.line.trim() !== "");
  const totals = { created: 0, replaced: 0, failed: 0 };
  const results = [];
  progress.max = Math.max(1, numbered.length);
  progress.value = 0;
  for (let start = 0; start < numbered.length; start += LINES_PER_POST) {
    const part = numbered.slice(start, start + LINES_PER_POST);
    const answer = await call("POST", "/api/v1/subscribers/import", part.map((l) => l.line).join("\n") + "\n",
      "application/x-ndjson");
    if (answer.status !== 200 || !answer.body || !Array.isArray(answer.body.results)) {
      summary.textContent = "Stopped at line " + part[0].number + ": " + answer.status + " " + errorText(answer.body);
      break;
    }
    for (const key of Object.keys(totals)) totals[key] += answer.body[key] || 0;
    for (const r of answer.body.results) results.push({ ...r, line: part[r.line - 1] ? part[r.line - 1].number : r.line });
    progress.value = Math.min(numbered.length, start + part.length);
    summary.textContent = "Imported " + progress.value + " of " + numbered.length + " lines…";
  }
  summary.textContent = "Created " + totals.created + ", replaced " + totals.replaced + ", failed " + totals.failed + ".";
  report.replaceChildren(table(["Line", "IMSI", "Status", "Errors"], results.map((r) =>
    h("tr", { "data-line": r.line }, h("td", { class: "num" }, r.line), h("td", {}, r.imsi || ""),
      h("td", {}, r.status), h("td", {}, (r.errors || []).map((e) => (e.field ? e.field + ": " : "") + e.reason).join("; ")))),
  { id: "import-results" }));
}

/** RFC 4180 CSV (quoted cells, doubled quotes) to one JSON object per row. */
export function csvToNdjson(text) {
  const rows = parseCsv(text);
  if (rows.length === 0) return [];
  const header = rows[0].map((c) => c.trim());
  return rows.slice(1).map((cells) => {
    if (cells.length === 1 && cells[0].trim() === "") return "";
    const out = {};
    header.forEach((name, i) => {
      const cell = (cells[i] ?? "").trim();
      if (cell === "" || name === "") return;
      if (NUMBERS.has(name) && /^[0-9]+$/.test(cell)) out[name] = Number(cell);
      else if (BOOLEANS.has(name) && /^(true|false)$/i.test(cell)) out[name] = cell.toLowerCase() === "true";
      else if (/^[\[{]/.test(cell)) out[name] = JSON.parse(cell);
      else out[name] = cell;
    });
    return JSON.stringify(out);
  });
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell); rows.push(row); row = []; cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
