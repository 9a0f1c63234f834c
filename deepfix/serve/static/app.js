// deepfix serve: the Ask and Runs views. Plain JavaScript, no external assets.
"use strict";

const $ = (id) => document.getElementById(id);
const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"];

async function api(path, options = {}) {
  const response = await fetch(path, options);
  let body;
  try { body = await response.json(); } catch (e) { body = { error: `HTTP ${response.status}` }; }
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function element(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : String(child));
  return node;
}

function showMessage(text) { $("message").textContent = text || ""; }

// ---- Ask -------------------------------------------------------------------------------------

async function loadDatabases(select) {
  const { databases } = await api("/api/databases");
  const box = $("database");
  box.replaceChildren(...databases.map((d) => element("option", { value: d.id }, `${d.name} (${d.source})`)));
  if (select) box.value = select;
  await loadSchema();
}

async function loadSchema() {
  const db = $("database").value;
  if (!db) { $("schema").replaceChildren(); return; }
  const { tables } = await api(`/api/schema?db=${encodeURIComponent(db)}`);
  $("schema").replaceChildren(...tables.map((t) => element("div", { class: "schema-table" },
    element("b", {}, t.name),
    t.columns.map((c) => `${c.name}${c.primary ? " (key)" : ""}${c.foreign ? " (ref)" : ""}`).join(", "))));
}

function resultTable(answer) {
  if (answer.error) return element("p", { class: "muted" }, `The query did not run: ${answer.error}`);
  if (!answer.rows.length) return element("p", { class: "muted" }, "No rows.");
  const table = element("table", { id: "rows" },
    element("tr", {}, ...answer.columns.map((c) => element("th", {}, c))),
    ...answer.rows.map((row) => element("tr", {}, ...row.map((v) => element("td", {}, v === null ? "NULL" : v)))));
  const more = answer.total_rows > answer.rows.length ? ` (first ${answer.rows.length} shown)` : "";
  return element("div", {}, table, element("p", { class: "muted" }, `${answer.total_rows} row(s)${more}`));
}

function prunedText(pruned) {
  // a schema too wide for the model: what it kept, and the tables it left out (answer.pruned; null: nothing left out)
  if (!pruned) return "";
  const names = pruned.left_out_table_names.slice(0, 8);
  const more = pruned.left_out_tables - names.length;
  const listed = names.join(", ") + (more > 0 ? ` and ${more} more` : "");
  return `Schema pruned to fit the model: ${pruned.kept_tables} of ${pruned.tables} tables and ` +
    `${pruned.kept_columns} of ${pruned.columns} columns kept` + (listed ? `; tables left out: ${listed}` : "");
}

function linkView(answer) {
  const byWord = answer.words.map(() => []);
  for (const link of answer.links) byWord[link.word].push(link);
  return element("div", {}, ...answer.words.map((word, i) => element("div", {},
    element("span", { class: byWord[i].length ? "word linked" : "word" }, word),
    ...byWord[i].map((l) => element("div", { class: `link ${l.strength}` },
      element("span", { class: "kind" }, l.kind), `${l.item} (${l.strength})`)))));
}

async function ask(event) {
  event.preventDefault();
  const question = $("question").value.trim();
  if (!question) { showMessage("Type a question first."); return; }
  showMessage("");
  $("ask").disabled = true;
  $("sql").textContent = "…";
  try {
    const answer = await api("/api/ask", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ db: $("database").value, question }),
    });
    $("sql").textContent = answer.sql;
    $("timing").textContent = `answered in ${answer.seconds.toFixed(2)} s`;
    $("pruned").textContent = prunedText(answer.pruned);
    $("result").replaceChildren(resultTable(answer));
    $("candidates").replaceChildren(element("tr", {}, element("th", {}, "score"), element("th", {}, "SQL")),
      ...answer.candidates.map((c) => element("tr", {}, element("td", {}, c.score.toFixed(3)), element("td", {}, c.sql))));
    $("links").replaceChildren(linkView(answer));
  } catch (error) {
    $("sql").textContent = "";
    showMessage(error.message);
  } finally {
    $("ask").disabled = false;
  }
}

async function upload() {
  const file = $("upload").files[0];
  if (!file) return;
  showMessage("");
  try {
    const database = await api(`/api/upload?name=${encodeURIComponent(file.name)}`, {
      method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: file,
    });
    await loadDatabases(database.id);
  } catch (error) {
    showMessage(error.message);
  }
  $("upload").value = "";
}

// ---- Runs ------------------------------------------------------------------------------------

const ticked = new Set();
const runData = new Map();
let refreshTimer = null;

function chart(title, series, { logY = false, width = 330, height = 190 } = {}) {
  // series: [{label, color, points: [[x, y], ...]}]; a line chart on a canvas, axes with min/max labels.
  const canvas = element("canvas", { width, height });
  const box = element("div", { class: "chart" }, element("h3", {}, title), canvas,
    element("div", { class: "legend" }, ...series.map((s) => {
      const span = element("span", {}, s.label); span.style.color = s.color; return span; })));
  const ctx = canvas.getContext("2d");
  const points = series.flatMap((s) => s.points).filter(([, y]) => Number.isFinite(y) && (!logY || y > 0));
  if (!points.length) { ctx.fillText("no data", 10, 20); return box; }
  const fy = (y) => (logY ? Math.log10(y) : y);
  const xs = points.map((p) => p[0]), ys = points.map((p) => fy(p[1]));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs) || 1], [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const pad = { l: 48, r: 8, t: 6, b: 18 };
  const px = (x) => pad.l + ((x - x0) / (x1 - x0 || 1)) * (width - pad.l - pad.r);
  const py = (y) => height - pad.b - ((fy(y) - y0) / (y1 - y0 || 1)) * (height - pad.t - pad.b);
  ctx.strokeStyle = "#999"; ctx.strokeRect(pad.l, pad.t, width - pad.l - pad.r, height - pad.t - pad.b);
  ctx.fillStyle = "#555"; ctx.font = "10px sans-serif";
  const label = (v) => { const x = logY ? 10 ** v : v; return Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3); };
  ctx.fillText(label(y1), 2, pad.t + 8); ctx.fillText(label(y0), 2, height - pad.b);
  ctx.fillText(String(x0), pad.l, height - 4); ctx.fillText(String(x1), width - pad.r - 30, height - 4);
  for (const s of series) {
    ctx.strokeStyle = s.color; ctx.beginPath();
    let started = false;
    for (const [x, y] of s.points) {
      if (!Number.isFinite(y) || (logY && y <= 0)) continue;
      if (started) ctx.lineTo(px(x), py(y)); else { ctx.moveTo(px(x), py(y)); started = true; }
    }
    ctx.stroke();
    if (s.points.length <= 50) {  // short series (held-out evaluations): a dot per point
      ctx.fillStyle = s.color;
      for (const [x, y] of s.points) {
        if (Number.isFinite(y) && (!logY || y > 0)) { ctx.beginPath(); ctx.arc(px(x), py(y), 2.5, 0, 2 * Math.PI); ctx.fill(); }
      }
    }
  }
  return box;
}

function drawRuns() {
  const runs = [...ticked].filter((id) => runData.has(id));
  const series = (pick, source = "train") => runs.map((id, i) => ({
    label: id, color: COLORS[i % COLORS.length],
    points: runData.get(id)[source].map((r) => [r.step, pick(r)]) }));
  const charts = [chart("training loss", series((r) => r.loss), { logY: true }),
    chart("learning rate", series((r) => r.lr)),
    chart("gradient norm (10-step mean)", series((r) => r.grad_norm), { logY: true }),
    chart("gradient norm (single-step max)", series((r) => r.grad_norm_max), { logY: true })];
  const metrics = new Set(runs.flatMap((id) => runData.get(id).eval.flatMap((r) => Object.keys(r))));
  metrics.delete("step");
  for (const metric of metrics) charts.push(chart(`held-out ${metric}`, series((r) => r[metric], "eval")));
  $("charts").replaceChildren(...charts);
  const withLayers = runs.find((id) => runData.get(id).layers.length);
  if (withLayers) {
    const records = runData.get(withLayers).layers, depth = records[records.length - 1].layers.length;
    const titles = { growth: "stream out / in", max_logit: "largest attention logit", entropy: "attention entropy (nats)", grad_norm: "gradient norm" };
    $("telemetry").replaceChildren(...runData.get(withLayers).layer_fields.map((field) => chart(
      `${withLayers}: ${titles[field] || field}`,
      Array.from({ length: depth }, (_, l) => ({ label: `layer ${l + 1}`, color: COLORS[l % COLORS.length],
        points: records.map((r) => [r.step, r.layers[l] ? r.layers[l][field] : NaN]) })),
      { logY: field !== "entropy" })));
  } else {
    $("telemetry").replaceChildren(element("p", { class: "muted" }, "No ticked run has per-layer telemetry."));
  }
  $("configs").replaceChildren(...runs.map((id) => element("div", {}, element("b", {}, id),
    element("pre", {}, runData.get(id).config || "(no config.yaml)"))));
}

async function refreshRuns() {
  try {
    const { runs, plots } = await api("/api/runs");
    const box = $("runs");
    box.replaceChildren(...runs.map((run) => {
      const input = element("input", { type: "checkbox", value: run.id });
      input.checked = ticked.has(run.id);
      input.addEventListener("change", async () => {
        if (input.checked) ticked.add(run.id); else ticked.delete(run.id);
        await refreshTicked();
      });
      return element("div", {}, element("label", {}, input, ` ${run.id} `,
        element("span", { class: `status-${run.status}` }, run.status)));
    }));
    if (!runs.length) box.append(element("p", { class: "muted" }, "No run directories under --runs."));
    $("plots").replaceChildren(...plots.map((plot) => element("figure", {},
      element("img", { src: `/api/plot?id=${encodeURIComponent(plot)}`, alt: plot, loading: "lazy" }),
      element("figcaption", {}, plot))));
    return runs;
  } catch (error) {
    showMessage(error.message);
    return [];
  }
}

async function refreshTicked() {
  for (const id of ticked) {
    try { runData.set(id, await api(`/api/run?id=${encodeURIComponent(id)}`)); }
    catch (error) { showMessage(error.message); ticked.delete(id); }
  }
  drawRuns();
}

async function poll() {
  const runs = await refreshRuns();
  const running = runs.some((run) => ticked.has(run.id) && run.status === "running");
  if (running) await refreshTicked();
  refreshTimer = setTimeout(poll, 10000);
}

// ---- page ------------------------------------------------------------------------------------

function show(view) {
  for (const tab of document.querySelectorAll(".tab")) tab.classList.toggle("active", tab.dataset.view === view);
  $("view-ask").classList.toggle("hidden", view !== "ask");
  $("view-runs").classList.toggle("hidden", view !== "runs");
  if (view === "runs" && refreshTimer === null) poll();
}

async function start() {
  for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => show(tab.dataset.view));
  $("ask-form").addEventListener("submit", ask);
  $("database").addEventListener("change", () => loadSchema().catch((e) => showMessage(e.message)));
  $("upload").addEventListener("change", upload);
  try {
    const status = await api("/api/status");
    $("model").textContent = status.model.name ? `model: ${status.model.name}` : "";
    if (!status.asking) showMessage("This server has no model: asking is off.");
    await loadDatabases();
  } catch (error) {
    showMessage(error.message);
  }
  if (location.hash === "#runs") show("runs");
}

start();
