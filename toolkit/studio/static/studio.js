// spriteforge studio: the page. Plain JS, served by the local studio server; nothing fetched elsewhere.
"use strict";
const $ = (id) => document.getElementById(id);
const state = { models: [], seed: 0, grid: [], focus: 0, favourites: [], selected: [], morph: [], dirs: 6 };

async function api(path, body, raw) {
  const opts = body === undefined ? {} : raw ? { method: "POST", body } :
    { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
  status("working…");
  const r = await fetch(path, opts);
  const data = await r.json();
  if (!r.ok) { status(data.error || r.statusText, true); throw new Error(data.error); }
  status("");
  return data;
}

function status(text, error) {
  $("status").textContent = text;
  $("status").className = error ? "error" : "";
}

function model() { return state.models.find((m) => m.name === $("model").value); }

function picture(rec) {
  // one sprite at an integer zoom, nearest-neighbour; tiles that repeat are shown 2x2
  const m = state.models.find((x) => x.name === rec.model) || model();
  const z = Number($("zoom").value), s = m.size * z;
  if (m.tileable) {
    const d = document.createElement("div");
    d.className = "tile";
    d.style.width = d.style.height = 2 * s + "px";
    d.style.backgroundImage = `url(${rec.png})`;
    d.style.backgroundSize = `${s}px ${s}px`;
    return d;
  }
  const img = new Image(s, s);
  img.src = rec.png;
  img.alt = rec.class || "sprite";
  return img;
}

function cell(rec, onclick) {
  const d = document.createElement("div");
  d.className = "sprite";
  d.dataset.id = rec.id;
  d.title = `${rec.lineage.op}${rec.class ? " · " + rec.class : ""}`;
  d.appendChild(picture(rec));
  d.addEventListener("click", onclick);
  return d;
}

function showGrid(recs, title) {
  state.grid = recs;
  state.focus = 0;
  $("grid-title").textContent = title;
  const g = $("grid");
  g.replaceChildren(...recs.map((r, i) => cell(r, () => { state.focus = i; keep(r.id); })));
  mark();
}

function mark() {
  const kept = new Set(state.favourites.map((f) => f.id));
  [...$("grid").children].forEach((c, i) => {
    c.classList.toggle("kept", kept.has(c.dataset.id));
    c.classList.toggle("focus", i === state.focus);
  });
  [...$("tray").children].forEach((c) => c.classList.toggle("selected", state.selected.includes(c.dataset.id)));
}

async function more() {
  const m = model();
  const body = { model: m.name, n: 32, seed: state.seed++, truncation: Number($("truncation").value) || 1 };
  if ($("klass").value) body.class = $("klass").value;
  const data = await api("/api/draw", body);
  showGrid(data.sprites, "New sprites: click or Enter keeps one, arrows move, Space draws more");
}

async function keep(id) {
  const kept = state.favourites.some((f) => f.id === id);
  if (kept) return;
  const data = await api("/api/favourites", { id });
  showTray(data.sprites);
}

async function drop(id) {
  const r = await fetch(`/api/favourites/${id}`, { method: "DELETE" });
  const data = await r.json();
  if (!r.ok) return status(data.error, true);
  state.selected = state.selected.filter((s) => s !== id);
  showTray(data.sprites);
}

function showTray(favs) {
  state.favourites = favs;
  $("count").textContent = favs.length;
  $("tray").replaceChildren(...favs.map((f) => {
    const c = cell(f, () => select(f));
    const x = document.createElement("span");
    x.className = "x";
    x.textContent = "×";
    x.title = "remove";
    x.addEventListener("click", (e) => { e.stopPropagation(); drop(f.id); });
    c.appendChild(x);
    return c;
  }));
  mark();
}

function select(f) {
  const i = state.selected.indexOf(f.id);
  if (i >= 0) state.selected.splice(i, 1); else state.selected.push(f.id);
  $("lineage").textContent = lineage(f);
  mark();
}

function lineage(f) {
  const by = Object.fromEntries(state.favourites.map((x) => [x.id, x]));
  const lines = [];
  const walk = (rec, depth) => {
    const l = rec.lineage, pad = "  ".repeat(depth);
    lines.push(`${pad}${rec.id} ${l.op}${rec.class ? " (" + rec.class + ")" : ""}` +
      (l.seed !== undefined ? ` seed ${l.seed}` : "") + (l.t != null ? ` t ${(+l.t).toFixed(2)}` : ""));
    if (l.command) lines.push(`${pad}  ${l.command}`);
    for (const p of l.parents || []) {
      if (by[p] && depth < 6) walk(by[p], depth + 1); else lines.push(`${pad}  parent ${p}`);
    }
  };
  walk(f, 0);
  return lines.join("\n");
}

async function breed() {
  if (state.selected.length < 2) return status("select two or more favourites to breed", true);
  const data = await api("/api/breed", { parents: state.selected, n: 16, seed: state.seed++,
                                         mutation: Number($("mutation").value) });
  showGrid(data.sprites, "Children of the selected favourites: click to keep");
}

async function vary() {
  if (state.selected.length !== 1) return status("select one favourite for its variations", true);
  const data = await api("/api/variations", { id: state.selected[0], n: 8, seed: state.seed++,
                                              spread: Number($("spread").value) || 0.8 });
  showGrid(data.sprites, "Variations: click to keep");
}

async function recolor() {
  if (state.selected.length !== 1) return status("select one favourite to recolour", true);
  const data = await api("/api/recolor", { id: state.selected[0], palette: $("palette").value });
  showGrid(data.sprites, $("palette").value ? `In ${$("palette").value}: click to keep`
                                            : "Common, uncommon, rare, epic, legendary: click to keep");
}

async function morph() {
  if (state.selected.length !== 2) return status("select exactly two favourites to morph", true);
  const data = await api("/api/morph", { a: state.selected[0], b: state.selected[1], steps: 9 });
  state.morph = data.sprites;
  $("morph-t").disabled = false;
  strip($("morph-strip"), data.sprites, Number($("morph-t").value));
}

function strip(el, recs, at) {
  el.replaceChildren(...recs.map((r, i) => {
    const img = new Image(model().size * 2, model().size * 2);
    img.src = r.png;
    img.dataset.id = r.id;
    if (i === at) img.className = "at";
    img.title = "click to keep";
    img.addEventListener("click", () => keep(r.id));
    return img;
  }));
}

async function steerPanel() {
  if (state.selected.length !== 1) return status("select one favourite to steer", true);
  const id = state.selected[0];
  $("dirs").replaceChildren(...[...Array(state.dirs).keys()].map((k) => {
    const l = document.createElement("label");
    l.textContent = `direction ${k + 1}`;
    const r = document.createElement("input");
    Object.assign(r, { type: "range", min: -3, max: 3, step: 0.5, value: 0 });
    r.dataset.direction = k;
    r.addEventListener("change", () => steer(id, k, Number(r.value)));
    l.appendChild(r);
    return l;
  }));
  await steer(id, 0, 0);
}

async function steer(id, k, v) {
  const amounts = [v - 2, v - 1, v, v + 1, v + 2];
  const data = await api("/api/steer", { id, direction: k, amounts });
  strip($("steer-strip"), data.sprites, 2);
}

async function upload(file) {
  if (!file) return;
  const data = await api(`/api/upload?model=${encodeURIComponent(model().name)}&seed=${state.seed++}`,
                         await file.arrayBuffer(), true);
  showGrid(data.sprites, "Your sprite as the model draws it (first), and its variations: click to keep");
}

async function exportAll() {
  const data = await api("/api/export", { name: $("export-name").value || "my-sprites" });
  const a = $("download");
  a.href = data.zip;
  a.download = data.zip.split("/").pop();
  a.hidden = false;
  a.textContent = `download ${a.download}`;
  status(`exported ${state.favourites.length} sprites and their atlas`);
}

function classes() {
  const m = model();
  $("klass").replaceChildren(new Option("any", ""), ...(m.named_classes ? m.classes : []).map((c) => new Option(c, c)));
}

function keys(e) {
  if (e.target.tagName === "INPUT" || e.target.tagName === "SELECT") return;
  const n = state.grid.length;
  if (e.code === "Space") { e.preventDefault(); more(); }
  else if (e.key === "ArrowRight" && n) { state.focus = (state.focus + 1) % n; mark(); }
  else if (e.key === "ArrowLeft" && n) { state.focus = (state.focus + n - 1) % n; mark(); }
  else if ((e.key === "Enter" || e.key === "k") && n) keep(state.grid[state.focus].id);
}

async function start() {
  const data = await api("/api/models");
  state.models = data.models;
  $("model").replaceChildren(...data.models.map((m) => new Option(m.name, m.name)));
  $("palette").append(...(data.palettes || []).map((p) => new Option(p, p)));
  classes();
  showTray((await api("/api/favourites")).sprites);
  $("model").addEventListener("change", () => { classes(); more(); });
  $("klass").addEventListener("change", more);
  $("zoom").addEventListener("change", () => { showGrid(state.grid, $("grid-title").textContent); showTray(state.favourites); });
  $("bg").addEventListener("change", () => { document.body.className = "bg-" + $("bg").value; });
  $("more").addEventListener("click", more);
  $("breed").addEventListener("click", breed);
  $("vary").addEventListener("click", vary);
  $("morph").addEventListener("click", morph);
  $("morph-t").addEventListener("input", () => strip($("morph-strip"), state.morph, Number($("morph-t").value)));
  $("steer").addEventListener("click", steerPanel);
  $("recolor").addEventListener("click", recolor);
  $("export").addEventListener("click", exportAll);
  $("file").addEventListener("change", () => upload($("file").files[0]));
  const dz = $("drop");
  dz.addEventListener("dragover", (e) => { e.preventDefault(); dz.classList.add("over"); });
  dz.addEventListener("dragleave", () => dz.classList.remove("over"));
  dz.addEventListener("drop", (e) => { e.preventDefault(); dz.classList.remove("over"); upload(e.dataTransfer.files[0]); });
  document.addEventListener("keydown", keys);
  await more();
  document.body.dataset.ready = "1";
}

start().catch((e) => status(String(e.message || e), true));
