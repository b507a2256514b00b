// Overview: rates computed here from successive readings of GET /api/v1/stats (cumulative counts),
// refreshed every second; the chart keeps the last five minutes in this page only.
import uPlot from "../vendor/uplot/uPlot.esm.js";
import { call, errorText } from "./api.js";
import { h, show, table } from "./dom.js";

const WINDOW_S = 300;

export function render(main) {
  const chartBox = h("div", { id: "chart" });
  show(main, h("h1", {}, "Overview"),
    h("div", { class: "tiles" },
      tile("answers-rate", "answers/s"), tile("vectors-rate", "vectors/s"),
      tile("resyncs-rate", "resyncs/min"), tile("p50", "p50 (ms)"), tile("p99", "p99 (ms)"),
      tile("peers-open", "peers open")),
    h("p", { id: "stats-error", class: "error" }),
    chartBox,
    h("h2", {}, "Answers by application and command"), h("div", { id: "by-command" }),
    h("h2", {}, "Result classes"), h("div", { id: "by-class" }),
    h("h2", {}, "Peers by state"), h("div", { id: "by-state" }));
  const data = [[], [], []];
  const chart = new uPlot({
    width: Math.min(900, main.clientWidth - 20), height: 240,
    series: [{}, { label: "answers/s", stroke: "#2a6fdb" }, { label: "vectors/s", stroke: "#d9822b" }],
    axes: [{}, { label: "per second" }],
  }, data, chartBox);
  const history = [];
  const tick = () => refresh(main, history, data, chart);
  const timer = setInterval(tick, 1000);
  tick();
  return () => { clearInterval(timer); chart.destroy(); };
}

function tile(id, label) {
  return h("div", { class: "tile" }, h("div", { class: "value", id }, "–"), h("div", { class: "label" }, label));
}

async function refresh(main, history, data, chart) {
  const answer = await call("GET", "/api/v1/stats");
  const error = main.querySelector("#stats-error");
  if (!error) return;
  if (answer.status !== 200) {
    error.textContent = errorText(answer.body);
    return;
  }
  error.textContent = "";
  const now = answer.body;
  history.push(now);
  while (history.length > 61) history.shift();
  const prev = history.length > 1 ? history[history.length - 2] : null;
  const seconds = prev ? Math.max(0.001, (now.at - prev.at) / 1000) : 1;
  const perCommand = rates(now.answers, prev ? prev.answers : now.answers, seconds,
    (a) => a.application + " " + a.command);
  const perClass = rates(now.answers, prev ? prev.answers : now.answers, seconds, (a) => a.resultClass);
  const total = [...perCommand.values()].reduce((s, v) => s + v, 0);
  const vectors = prev ? (now.vectors - prev.vectors) / seconds : 0;
  const oldest = history[0];
  const minutes = Math.max(1 / 60, (now.at - oldest.at) / 60000);
  const resyncs = (sum(now.resyncs) - sum(oldest.resyncs)) / minutes;
  setText(main, "#answers-rate", total.toFixed(1));
  setText(main, "#vectors-rate", vectors.toFixed(1));
  setText(main, "#resyncs-rate", history.length > 1 ? resyncs.toFixed(1) : "0.0");
  const latency = windowQuantiles(now.latency, prev ? prev.latency : null);
  setText(main, "#p50", latency.p50);
  setText(main, "#p99", latency.p99);
  setText(main, "#peers-open", now.peers.open);
  main.querySelector("#by-command").replaceChildren(rateTable(perCommand, "Application and command", "by-command-table"));
  main.querySelector("#by-class").replaceChildren(rateTable(perClass, "Result class", "by-class-table"));
  main.querySelector("#by-state").replaceChildren(table(["State", "Connections"],
    Object.entries(now.peers).map(([state, n]) => h("tr", {}, h("td", {}, state), h("td", { class: "num" }, n)))));
  data[0].push(now.at / 1000);
  data[1].push(total);
  data[2].push(vectors);
  while (data[0].length && data[0][0] < now.at / 1000 - WINDOW_S) data.forEach((d) => d.shift());
  chart.setData(data);
}

function sum(counts) {
  return Object.values(counts).reduce((s, v) => s + v, 0);
}

/** Per-second rate of each group between two readings; a series first seen counts from zero. */
function rates(now, before, seconds, key) {
  const earlier = new Map();
  for (const a of before) earlier.set(JSON.stringify([a.application, a.command, a.resultClass]), a.count);
  const out = new Map();
  for (const a of now) {
    const was = earlier.get(JSON.stringify([a.application, a.command, a.resultClass])) ?? (before === now ? a.count : 0);
    out.set(key(a), (out.get(key(a)) || 0) + (a.count - was) / seconds);
  }
  return out;
}

function rateTable(map, label, id) {
  const rows = [...map.entries()].sort().map(([k, v]) =>
    h("tr", {}, h("td", {}, k), h("td", { class: "num" }, v.toFixed(1))));
  return table([label, "per second"], rows, { id });
}

/**
 * p50/p99 of the answers between two readings from the cumulative histogram (the upper bound of
 * the bucket holding the quantile); since start when there is no earlier reading.
 */
function windowQuantiles(now, before) {
  const counts = now.buckets.map((b, i) => b.count - (before ? before.buckets[i].count : 0));
  const total = now.count - (before ? before.count : 0);
  if (total <= 0) return { p50: "–", p99: "–" };
  const q = (p) => {
    const i = counts.findIndex((c) => c >= p * total);
    return i < 0 ? "> " + now.buckets[now.buckets.length - 1].leMs : "≤ " + now.buckets[i].leMs;
  };
  return { p50: q(0.5), p99: q(0.99) };
}

function setText(main, selector, text) {
  const el = main.querySelector(selector);
  if (el) el.textContent = String(text);
}
