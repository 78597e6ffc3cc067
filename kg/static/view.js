/* kg view: reads the JSON data block and shows it four ways: a stance map (actors x topics),
 * a measures table (resolutions x commodities with the official check), a timeline and a
 * graph of a focus and its neighbourhood, drawn with vis-network, whose labels are drawn by
 * this file, most important first, and only where they overlap no other label.
 * Every string from the data is written with textContent (never innerHTML). */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const SVG = "http://www.w3.org/2000/svg";
  const STANCES = ["supports", "opposes"];
  const MEASURES = ["bans", "caps"];
  const HIDDEN = ["article", "event"];
  const NEIGHBOURS = 120; // most neighbours drawn around a focus, per ring
  const LABEL_FONT = "12px system-ui, -apple-system, 'Segoe UI', sans-serif";
  const LABEL_HEIGHT = 15;
  // Legend icons, 16x16: [element, attributes] per vis-network shape.
  const ICONS = {
    dot: ["circle", { cx: 8, cy: 8, r: 6 }],
    triangle: ["polygon", { points: "8,2 14,14 2,14" }],
    square: ["rect", { x: 2.5, y: 2.5, width: 11, height: 11 }],
    diamond: ["polygon", { points: "8,1 15,8 8,15 1,8" }],
    star: ["polygon", { points: "8,1 9.8,6 15,6 10.8,9.2 12.4,14.5 8,11.3 3.6,14.5 5.2,9.2 1,6 6.2,6" }],
    hexagon: ["polygon", { points: "8,1 14,4.5 14,11.5 8,15 2,11.5 2,4.5" }],
    triangleDown: ["polygon", { points: "2,2 14,2 8,14" }],
    ellipse: ["ellipse", { cx: 8, cy: 8, rx: 7, ry: 4.5 }],
    box: ["rect", { x: 1, y: 4, width: 14, height: 8, rx: 2 }],
  };
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgesOf = new Map(data.nodes.map((n) => [n.id, []]));
  data.edges.forEach((e) => { edgesOf.get(e.f).push(e); if (e.t !== e.f) edgesOf.get(e.t).push(e); });

  /* ---------------------------------------------------------------- helpers */
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function button(text, onClick, className) {
    const b = el("button", text, className);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
    return node;
  }

  function clip(text, length) {
    text = String(text || "");
    return text.length > length ? text.slice(0, length - 1) + "\u2026" : text;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function nodeLabel(id) { const n = byId.get(id); return n ? n.l : String(id); }

  function article(ev) {
    const row = data.articles[ev[1]] || ["", "", null, null];
    return { title: row[0], file: row[1], iri: row[2] };
  }

  function evidenceMeta(ev) {
    const a = article(ev);
    const parts = [a.title || "(untitled article)"];
    if (ev[2]) parts.push(ev[2]);
    if (ev[3] !== null && ev[3] !== undefined) parts.push("confidence " + ev[3]);
    if (a.file) parts.push(a.file);
    return parts.join(" \u00b7 ");
  }

  function edgeHeading(e) { return nodeLabel(e.f) + " \u2014 " + e.p + " \u2192 " + nodeLabel(e.t); }

  function officialText(e) {
    if (e.o === true) {
      return "official \u2713 matches " + (e.m && e.m.length
        ? e.m.map((m) => "resolution " + m).join(", ") : "an official measure");
    }
    if (e.o === false) {
      return "official \u2717 not found among the resolution's official measures (as "
        + (e.p === "caps" ? "a cap" : "a ban") + ")";
    }
    return "";
  }

  function edgeTitle(e) {
    const lines = [edgeHeading(e), plural(e.n, "article")];
    if (officialText(e)) lines.splice(1, 0, officialText(e));
    e.ev.slice(0, 2).forEach((ev) => lines.push("", "\u201c" + clip(ev[0], 240) + "\u201d", evidenceMeta(ev)));
    return lines.join("\n");
  }

  function lowerIncludes(text, part) { return String(text).toLowerCase().includes(part); }

  /* ---------------------------------------------------------------- panel */
  const panelTitle = document.getElementById("kg-panel-title");
  const panelBody = document.getElementById("kg-panel-body");

  function resetPanel(title) {
    panelTitle.textContent = title;
    panelBody.replaceChildren();
  }

  function graphButton(id, text) {
    return button(text || "Open \u201c" + clip(nodeLabel(id), 30) + "\u201d in the graph",
      () => { showTab("graph"); focusOn(id); }, "kg-open");
  }

  /** The sentences of one edge (appended to the panel). */
  function appendEdge(e, heading) {
    if (heading) panelBody.append(el("h3", heading));
    panelBody.append(el("p", plural(e.n, "supporting article") + " \u00b7 " + e.k + " \u00b7 "
      + plural(e.s || e.ev.length, "sentence"), "kg-meta"));
    if (officialText(e)) {
      panelBody.append(el("p", officialText(e), "kg-official " + (e.o ? "kg-official-match" : "kg-official-miss")));
    }
    e.ev.forEach((ev) => {
      const box = el("div", null, "kg-evidence");
      const meta = el("div", null, "kg-meta");
      const a = article(ev);
      meta.append(el("strong", a.title || "(untitled article)"),
        document.createTextNode(evidenceMeta(ev).slice((a.title || "(untitled article)").length)));
      box.append(el("blockquote", ev[0] || "(no sentence recorded)"), meta);
      panelBody.append(box);
    });
    if (e.x) {
      panelBody.append(el("p", plural(e.x, "more sentence") + " left out of this page; fetch them with:", "kg-meta"));
      panelBody.append(el("code", data.more + " -p 's=<" + byId.get(e.f).i + ">' -p 'p=<" + data.kg + e.p
        + ">' -p 'o=<" + byId.get(e.t).i + ">'", "kg-command"));
    }
  }

  function showEdge(id) {
    const e = data.edges[id];
    if (!e) return;
    resetPanel(edgeHeading(e));
    appendEdge(e);
    panelBody.append(graphButton(e.f));
  }

  function showNode(id) {
    const n = byId.get(id);
    if (!n) return;
    resetPanel(n.l);
    const facts = [n.c];
    if (n.d) facts.push(n.d);
    if (n.rg) facts.push(n.rg);
    panelBody.append(el("p", facts.join(" \u00b7 "), "kg-meta"), el("p", n.i, "kg-iri"));
    const touching = edgesOf.get(id).slice().sort((a, b) => b.n - a.n);
    panelBody.append(el("h3", plural(touching.length, "edge")));
    const list = el("ul");
    touching.slice(0, 300).forEach((e) => {
      const text = e.f === id ? "\u2192 " + e.p + " " + nodeLabel(e.t) : "\u2190 " + nodeLabel(e.f) + " " + e.p;
      const item = el("li");
      item.append(button(text + (e.n > 1 ? " (" + e.n + ")" : ""), () => {
        if (network && edgeView.get(e.id)) network.selectEdges([e.id]);
        showEdge(e.id);
      }));
      list.append(item);
    });
    panelBody.append(list);
    if (currentTab !== "graph" || focusId !== id) panelBody.append(graphButton(id));
  }

  /* ---------------------------------------------------------------- tabs */
  const views = { stances: "kg-stances", measures: "kg-measures", timeline: "kg-timeline", graph: "kg-graphview" };
  const rendered = {};
  let currentTab = null;

  function showTab(name) {
    currentTab = name;
    Object.entries(views).forEach(([tab, id]) => {
      document.getElementById(id).classList.toggle("kg-active", tab === name);
    });
    document.querySelectorAll("#kg-tabs button").forEach((b) => {
      b.setAttribute("aria-selected", String(b.dataset.tab === name));
    });
    if (!rendered[name]) { rendered[name] = true; ({ stances: renderStances, measures: renderMeasures,
      timeline: renderTimeline, graph: initGraph })[name](); }
  }
  document.querySelectorAll("#kg-tabs button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));

  /* ---------------------------------------------------------------- stance map */
  const cells = new Map(); // "actor:topic" -> {a, t, sup, opp, edges}
  data.edges.forEach((e) => {
    if (!STANCES.includes(e.p)) return;
    const key = e.f + ":" + e.t;
    if (!cells.has(key)) cells.set(key, { a: e.f, t: e.t, sup: 0, opp: 0, edges: [] });
    const cell = cells.get(key);
    if (e.p === "supports") cell.sup += e.n; else cell.opp += e.n;
    cell.edges.push(e);
  });

  function balanceColour(sup, opp) {
    const b = (sup - opp) / Math.max(1, sup + opp);
    const grey = [187, 187, 187], green = [44, 160, 44], red = [214, 39, 40];
    const end = b >= 0 ? green : red, k = Math.abs(b);
    return "rgb(" + grey.map((g, i) => Math.round(g + (end[i] - g) * k)).join(",") + ")";
  }

  function showCell(cell) {
    resetPanel(nodeLabel(cell.a) + " on " + nodeLabel(cell.t));
    panelBody.append(el("p", "supports in " + plural(cell.sup, "article") + " \u00b7 opposes in "
      + plural(cell.opp, "article"), "kg-meta"));
    cell.edges.slice().sort((x, y) => x.p.localeCompare(y.p)).forEach((e) => appendEdge(e, e.p));
    panelBody.append(graphButton(cell.a), graphButton(cell.t));
  }

  function renderStances() {
    const filter = document.getElementById("kg-stance-filter").value.trim().toLowerCase();
    const least = Number(document.getElementById("kg-stance-min").value);
    const order = document.getElementById("kg-stance-sort").value;
    const limit = Number(document.getElementById("kg-stance-limit").value) || Infinity;
    const kept = [...cells.values()].filter((c) => c.sup + c.opp >= least && (!filter
      || lowerIncludes(nodeLabel(c.a), filter) || lowerIncludes(nodeLabel(c.t), filter)));
    const rows = new Map(), columns = new Map();
    kept.forEach((c) => {
      const r = rows.get(c.a) || { id: c.a, sup: 0, opp: 0 };
      r.sup += c.sup; r.opp += c.opp; rows.set(c.a, r);
      columns.set(c.t, (columns.get(c.t) || 0) + c.sup + c.opp);
    });
    const sorters = {
      total: (x, y) => (y.sup + y.opp) - (x.sup + x.opp),
      oppose: (x, y) => (y.opp - y.sup) - (x.opp - x.sup) || y.opp - x.opp,
      support: (x, y) => (y.sup - y.opp) - (x.sup - x.opp) || y.sup - x.sup,
      name: (x, y) => nodeLabel(x.id).localeCompare(nodeLabel(y.id)),
    };
    const topics = [...columns.entries()].sort((x, y) => y[1] - x[1] || nodeLabel(x[0]).localeCompare(nodeLabel(y[0])))
      .slice(0, limit).map(([id]) => id);
    const topicSet = new Set(topics);
    const actors = [...rows.values()].filter((r) => kept.some((c) => c.a === r.id && topicSet.has(c.t)))
      .sort((x, y) => sorters[order](x, y) || nodeLabel(x.id).localeCompare(nodeLabel(y.id))).slice(0, limit);
    const biggest = Math.max(1, ...kept.map((c) => c.sup + c.opp));
    const table = document.getElementById("kg-stance-table");
    const head = el("thead"), headRow = el("tr");
    headRow.append(el("th", actors.length + " of " + rows.size + " actors \u00d7 " + topics.length + " of "
      + columns.size + " topics", "kg-corner"));
    topics.forEach((t) => {
      const th = el("th", null, "kg-col");
      const b = button(clip(nodeLabel(t), 40), () => showNode(t));
      b.title = nodeLabel(t);
      th.append(b);
      headRow.append(th);
    });
    head.append(headRow);
    const body = el("tbody");
    actors.forEach((r) => {
      const tr = el("tr");
      const th = el("th", null, "kg-row");
      th.append(button(clip(nodeLabel(r.id), 36), () => showNode(r.id)));
      tr.append(th);
      topics.forEach((t) => {
        const td = el("td");
        const cell = cells.get(r.id + ":" + t);
        if (cell && cell.sup + cell.opp >= least) {
          const size = Math.round(7 + 19 * Math.sqrt((cell.sup + cell.opp) / biggest));
          const dot = el("span", null, "kg-dot");
          Object.assign(dot.style, { width: size + "px", height: size + "px", background: balanceColour(cell.sup, cell.opp) });
          td.className = "kg-cell";
          td.title = nodeLabel(r.id) + " on " + nodeLabel(t) + ": supports " + cell.sup + ", opposes " + cell.opp
            + " (articles)";
          Object.assign(td.dataset, { actor: byId.get(r.id).i, topic: byId.get(t).i, support: cell.sup, oppose: cell.opp });
          td.append(dot);
          td.addEventListener("click", () => showCell(cell));
        }
        tr.append(td);
      });
      body.append(tr);
    });
    table.replaceChildren(head, body);
    if (!cells.size) table.replaceChildren(el("caption", "No position statements in this page."));
  }
  ["kg-stance-filter", "kg-stance-min", "kg-stance-sort", "kg-stance-limit"].forEach((id) => {
    document.getElementById(id).addEventListener(id === "kg-stance-filter" ? "input" : "change", () => renderStances());
  });

  /* ---------------------------------------------------------------- measures */
  const measureRows = data.edges.filter((e) => MEASURES.includes(e.p));
  const measureSort = { key: "resolution", down: false };
  const MEASURE_COLUMNS = [
    ["resolution", "Resolution", (e) => nodeLabel(e.f)], ["regime", "Regime", (e) => byId.get(e.f).rg || ""],
    ["adopted", "Adopted", (e) => byId.get(e.f).d || ""], ["predicate", "Press says", (e) => e.p],
    ["commodity", "Commodity", (e) => nodeLabel(e.t)], ["articles", "Articles", (e) => e.n],
    ["official", "Official", (e) => (e.o === true ? "\u2713" : e.o === false ? "\u2717" : "\u2014")],
    ["paragraph", "Paragraph", (e) => (e.m || []).join("; ")],
  ];
  const MEASURE_LIMIT = 400;

  function renderMeasures() {
    const filter = document.getElementById("kg-measure-filter").value.trim().toLowerCase();
    const regime = document.getElementById("kg-measure-regime").value;
    const mark = document.getElementById("kg-measure-official").value;
    const column = MEASURE_COLUMNS.find((c) => c[0] === measureSort.key);
    const rows = measureRows.filter((e) => (!filter || lowerIncludes(nodeLabel(e.f), filter) || lowerIncludes(nodeLabel(e.t), filter))
      && (!regime || byId.get(e.f).rg === regime)
      && (!mark || (mark === "match" ? e.o === true : mark === "miss" ? e.o === false : e.o === undefined)))
      .sort((x, y) => {
        const a = column[2](x), b = column[2](y);
        const c = typeof a === "number" ? a - b : String(a).localeCompare(String(b), undefined, { numeric: true });
        return (measureSort.down ? -c : c) || nodeLabel(x.t).localeCompare(nodeLabel(y.t));
      });
    const table = document.getElementById("kg-measure-table");
    const head = el("thead"), headRow = el("tr");
    MEASURE_COLUMNS.forEach(([key, name]) => {
      const th = el("th");
      const arrow = measureSort.key === key ? (measureSort.down ? " \u25bc" : " \u25b2") : "";
      th.append(button(name + arrow, () => {
        measureSort.down = measureSort.key === key ? !measureSort.down : key === "articles";
        measureSort.key = key;
        renderMeasures();
      }));
      headRow.append(th);
    });
    head.append(headRow);
    const body = el("tbody");
    rows.slice(0, MEASURE_LIMIT).forEach((e) => {
      const tr = el("tr", null, e.o === false ? "kg-miss" : e.o === true ? "kg-match" : "");
      tr.dataset.edge = e.id;
      MEASURE_COLUMNS.forEach(([key, , value]) => tr.append(el("td", value(e), "kg-m-" + key)));
      tr.addEventListener("click", () => showEdge(e.id));
      body.append(tr);
    });
    table.replaceChildren(head, body);
    const caption = el("caption", rows.length > MEASURE_LIMIT
      ? MEASURE_LIMIT + " of " + rows.length + " rows: narrow the filter to see the others"
      : plural(rows.length, "ban or cap") + " read from the press; \u2713/\u2717: the official check");
    table.prepend(caption);
  }
  ["kg-measure-filter", "kg-measure-regime", "kg-measure-official"].forEach((id) => {
    document.getElementById(id).addEventListener(id === "kg-measure-filter" ? "input" : "change", () => renderMeasures());
  });

  const regimes = [...new Set(data.nodes.map((n) => n.rg).filter(Boolean))].sort();
  ["kg-measure-regime", "kg-time-regime"].forEach((id) => {
    regimes.forEach((r) => { const o = el("option", r); o.value = r; document.getElementById(id).append(o); });
  });

  /* ---------------------------------------------------------------- timeline */
  const DOT_LIMIT = 4000;

  function renderTimeline() {
    const box = document.getElementById("kg-time-box");
    const actor = document.getElementById("kg-time-actor").value.trim().toLowerCase();
    const regime = document.getElementById("kg-time-regime").value;
    const inRegime = (id) => !regime || byId.get(id).rg === regime;
    const touchesActor = (e) => !actor || lowerIncludes(nodeLabel(e.f), actor) || lowerIncludes(nodeLabel(e.t), actor);
    const lanes = [
      { name: "adoptions", items: data.nodes.filter((n) => n.c === "resolution" && n.d && inRegime(n.id))
        .map((n) => ({ d: n.d, node: n.id, colour: "#b8860b" })) },
      { name: "events", items: data.nodes.filter((n) => n.c === "event" && n.d
        && (!actor || edgesOf.get(n.id).some(touchesActor)) && !regime).map((n) => ({ d: n.d, node: n.id, colour: "#17becf" })) },
    ];
    [["supports", ["supports"]], ["opposes", ["opposes"]], ["bans and caps", ["bans", "caps", "imposes"]]].forEach(([name, ps]) => {
      const items = [];
      data.edges.forEach((e) => {
        if (!ps.includes(e.p) || !touchesActor(e)) return;
        if (regime && byId.get(e.f).rg !== regime && byId.get(e.t).rg !== regime) return;
        e.ev.forEach((ev) => { if (ev[2]) items.push({ d: ev[2], edge: e.id, colour: data.predicates[e.p] }); });
      });
      lanes.push({ name: name, items: items });
    });
    const all = lanes.flatMap((l) => l.items.map((i) => i.d)).sort();
    box.replaceChildren();
    if (!all.length) { box.append(el("p", "Nothing dated matches.", "kg-hint")); return; }
    const start = Date.parse(all[0].slice(0, 4) + "-01-01"), end = Date.parse((Number(all[all.length - 1].slice(0, 4)) + 1) + "-01-01");
    const years = Math.round((end - start) / 3.156e10);
    const left = 110, width = Math.max(box.clientWidth - left - 20, 600), laneHeight = 44;
    const every = Math.max(1, Math.ceil(years / 16));
    const x = (d) => left + ((Date.parse(d.slice(0, 10)) - start) / (end - start)) * width;
    const histogram = 60;
    const height = histogram + 30 + lanes.length * laneHeight;
    const chart = svg("svg", { width: left + width + 20, height: height, class: "kg-timeline-chart" });
    // Statements per month, every statement of the store (not only the sentences this page carries).
    const perMonth = new Map();
    Object.entries(data.months || {}).forEach(([kind, months]) => {
      if (kind === "references") return;
      Object.entries(months).forEach(([m, n]) => perMonth.set(m, (perMonth.get(m) || 0) + n));
    });
    const peak = Math.max(1, ...perMonth.values());
    perMonth.forEach((n, m) => {
      const x0 = x(m + "-01"), bar = Math.max(1, (n / peak) * (histogram - 14));
      const rect = svg("rect", { x: x0, y: histogram - bar, width: Math.max(2, width / (years * 12) - 0.5), height: bar,
        fill: "#7f8fa6" });
      rect.append(svg("title"));
      rect.firstChild.textContent = m + ": " + plural(n, "statement");
      chart.append(rect);
    });
    const histogramLabel = svg("text", { x: 4, y: 14, class: "kg-lane" });
    histogramLabel.textContent = "statements/month";
    chart.append(histogramLabel);
    for (let year = Number(all[0].slice(0, 4)); year <= Number(all[all.length - 1].slice(0, 4)) + 1; year += 1) {
      const tx = x(year + "-01-01");
      chart.append(svg("line", { x1: tx, x2: tx, y1: histogram, y2: height, stroke: "#e3e3e3" }));
      if (year % every === 0) {
        const label = svg("text", { x: tx + 2, y: histogram + 14, class: "kg-tick" });
        label.textContent = String(year);
        chart.append(label);
      }
    }
    lanes.forEach((lane, i) => {
      const y = histogram + 30 + i * laneHeight + laneHeight / 2;
      const name = svg("text", { x: 4, y: y + 4, class: "kg-lane" });
      name.textContent = lane.name + " (" + lane.items.length + ")";
      chart.append(name, svg("line", { x1: left, x2: left + width, y1: y, y2: y, stroke: "#eee" }));
      const step = Math.max(1, Math.ceil(lane.items.length / DOT_LIMIT));
      lane.items.filter((_, k) => k % step === 0).forEach((item, k) => {
        const dot = svg("circle", { cx: x(item.d), cy: y + ((k % 5) - 2) * 4, r: 4, fill: item.colour,
          "fill-opacity": 0.75, class: "kg-mark" });
        const title = svg("title");
        title.textContent = item.d + " \u00b7 " + (item.edge !== undefined ? edgeHeading(data.edges[item.edge]) : nodeLabel(item.node));
        dot.append(title);
        dot.addEventListener("click", () => (item.edge !== undefined ? showEdge(item.edge) : showNode(item.node)));
        chart.append(dot);
      });
    });
    box.append(chart);
    if (data.totals && data.totals.sentences < data.totals.statements) {
      box.append(el("p", "Dots are the dated sentences this page carries (" + data.totals.sentences + " of "
        + data.totals.statements + "); the bars count every statement.", "kg-hint"));
    }
  }
  ["kg-time-actor", "kg-time-regime"].forEach((id) => {
    document.getElementById(id).addEventListener("change", () => renderTimeline());
  });
  const actorList = document.getElementById("kg-actors");
  [...new Set([...cells.values()].map((c) => nodeLabel(c.a)))].sort().forEach((l) => {
    const o = el("option"); o.value = l; actorList.append(o);
  });

  /* ---------------------------------------------------------------- graph */
  let network = null, nodes = null, edges = null, nodeView = null, edgeView = null;
  let focusId = null, visible = null, labelOrder = [];
  const shown = { article: false, event: false };
  const filters = { predicates: new Set(Object.keys(data.predicates)), since: "", until: "" };
  const widths = new Map();
  const measureContext = document.createElement("canvas").getContext("2d");
  measureContext.font = LABEL_FONT;

  function visNode(n) {
    const style = data.classes[n.c] || { color: "#c7c7c7", shape: "dot" };
    const shape = style.shape === "box" || style.shape === "ellipse" ? "dot" : style.shape;
    return {
      id: n.id, x: n.x, y: n.y, shape: shape,
      color: { background: style.color, border: "#555", highlight: { background: style.color, border: "#000" } },
      size: 7 + 2.5 * Math.log2(1 + (n.w || 1)), title: n.l + "\n" + n.c + (n.d ? " \u00b7 " + n.d : "") + "\n" + n.i,
    };
  }

  function officialStyle(e) {
    if (e.o === undefined || e.o === null || !data.official) return null;
    return data.official[e.o ? "match" : "miss"] || null;
  }

  function visEdge(e) {
    const official = officialStyle(e);
    const colour = (official && official.color) || data.predicates[e.p] || "#999999";
    return {
      id: e.id, from: e.f, to: e.t, p: e.p, n: e.n, o: e.o, title: edgeTitle(e),
      width: Math.min(1 + 1.5 * Math.log2(e.n || 1), 8), dashes: official ? official.dashes : false,
      color: { color: colour, highlight: colour, hover: colour, opacity: 0.85 },
      smooth: e.r ? { enabled: true, type: "curvedCW", roundness: e.r } : false,
    };
  }

  function edgeLabel(e) {
    const official = officialStyle(e);
    const text = e.n > 1 ? e.p + " (" + e.n + ")" : e.p;
    return official ? text + " " + official.mark : text;
  }

  function inDates(e) {
    if (!filters.since && !filters.until) return true;
    return e.ev.some((ev) => ev[2] && (!filters.since || ev[2] >= filters.since) && (!filters.until || ev[2] <= filters.until));
  }

  function classShown(id) { const c = byId.get(id).c; return !HIDDEN.includes(c) || shown[c] || id === focusId; }

  function edgeShown(e) { return filters.predicates.has(e.p) && inDates(e) && classShown(e.f) && classShown(e.t); }

  /** The focus and its neighbours up to ``depth`` hops, the best-linked NEIGHBOURS per ring. */
  function neighbourhood(id, depth) {
    const rings = [[id]], seen = new Set([id]);
    for (let d = 1; d <= depth; d += 1) {
      const weight = new Map();
      rings[d - 1].forEach((m) => edgesOf.get(m).forEach((e) => {
        const other = e.f === m ? e.t : e.f;
        if (!seen.has(other) && edgeShown(e)) weight.set(other, (weight.get(other) || 0) + e.n);
      }));
      const ring = [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, NEIGHBOURS).map(([m]) => m);
      ring.forEach((m) => seen.add(m));
      rings.push(ring);
      neighbourhood.leftOut = (neighbourhood.leftOut || 0) + Math.max(0, weight.size - NEIGHBOURS);
    }
    return rings;
  }

  /** Place the focus at the centre and each ring around it, grouped by community and class. */
  function radialLayout(rings) {
    const moves = [{ id: rings[0][0], x: 0, y: 0 }];
    let radius = 0;
    const angle = new Map([[rings[0][0], 0]]);
    rings.slice(1).forEach((ring, depth) => {
      radius += Math.max(260, (ring.length * 46) / (2 * Math.PI) - radius * 0.3);
      const key = (id) => {
        const n = byId.get(id);
        const parent = edgesOf.get(id).map((e) => (e.f === id ? e.t : e.f)).find((m) => angle.has(m) && rings[depth].includes(m));
        return [depth ? angle.get(parent) || 0 : 0, n.g, n.c, -n.w, n.l];
      };
      const ordered = ring.map((id) => [key(id), id]).sort((a, b) => {
        for (let i = 0; i < a[0].length; i += 1) { if (a[0][i] < b[0][i]) return -1; if (a[0][i] > b[0][i]) return 1; }
        return 0;
      }).map(([, id]) => id);
      ordered.forEach((id, i) => {
        const theta = (2 * Math.PI * i) / Math.max(1, ordered.length) - Math.PI / 2;
        angle.set(id, theta);
        moves.push({ id: id, x: Math.round(radius * Math.cos(theta)), y: Math.round(radius * Math.sin(theta)) });
      });
    });
    return moves;
  }

  function focusOn(id, depth) {
    if (!network) { pendingFocus = id; showTab("graph"); return; }
    focusId = id;
    neighbourhood.leftOut = 0;
    const rings = neighbourhood(id, depth || Number(document.getElementById("kg-depth").value));
    visible = new Set(rings.flat());
    nodes.update(radialLayout(rings));
    refresh();
    network.selectNodes([id]);
    network.fit({ animation: false });
    showNode(id);
    updateStatus(neighbourhood.leftOut ? neighbourhood.leftOut + " less linked neighbours not drawn" : "");
  }

  function showWhole() {
    focusId = null;
    visible = null;
    nodes.update(data.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y })));
    refresh();
    network.fit({ animation: false });
    updateStatus();
  }

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    const ids = nodeView.getIds();
    labelOrder = ids.sort((a, b) => (b === focusId) - (a === focusId) || byId.get(b).w - byId.get(a).w || a - b);
    hulls = null;
  }

  /* Labels: drawn here, most important first, each only where it overlaps no label drawn before. */
  function textWidth(text) {
    if (!widths.has(text)) widths.set(text, measureContext.measureText(text).width);
    return widths.get(text);
  }

  function drawLabels(ctx) {
    const box = network.body.container.getBoundingClientRect();
    const scale = network.getScale();
    const grid = new Map(), cell = 80, drawn = [];
    const free = (b) => {
      for (let gx = Math.floor(b.x / cell); gx <= Math.floor((b.x + b.w) / cell); gx += 1) {
        for (let gy = Math.floor(b.y / cell); gy <= Math.floor((b.y + b.h) / cell); gy += 1) {
          for (const o of grid.get(gx + ":" + gy) || []) {
            if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return false;
          }
        }
      }
      return true;
    };
    const keep = (b) => {
      for (let gx = Math.floor(b.x / cell); gx <= Math.floor((b.x + b.w) / cell); gx += 1) {
        for (let gy = Math.floor(b.y / cell); gy <= Math.floor((b.y + b.h) / cell); gy += 1) {
          const key = gx + ":" + gy;
          if (!grid.has(key)) grid.set(key, []);
          grid.get(key).push(b);
        }
      }
      drawn.push(b);
    };
    const inside = (p) => p.x > -50 && p.y > -20 && p.x < box.width + 50 && p.y < box.height + 20;
    const positions = network.getPositions(labelOrder.slice(0, 3000));
    let tried = 0;
    for (const id of labelOrder) {
      if (tried > 1500 || drawn.length >= 400) break;
      const at = positions[id];
      if (!at) continue;
      const p = network.canvasToDOM(at);
      if (!inside(p)) continue;
      tried += 1;
      const text = clip(byId.get(id).l, 32), w = textWidth(text) + 4;
      const radius = network.body.nodes[id] ? network.body.nodes[id].options.size * scale : 8;
      const b = { kind: "node", id: id, text: text, x: p.x - w / 2, y: p.y + radius + 2, w: w, h: LABEL_HEIGHT };
      if (free(b)) keep(b);
    }
    const edgeIds = edgeView.getIds();
    if (edgeIds.length <= 600) {
      const ends = network.getPositions();
      edgeIds.map((i) => data.edges[i]).sort((a, b) => b.n - a.n).forEach((e) => {
        if (drawn.length >= 600 || !ends[e.f] || !ends[e.t]) return;
        const p = network.canvasToDOM({ x: (ends[e.f].x + ends[e.t].x) / 2, y: (ends[e.f].y + ends[e.t].y) / 2 });
        if (!inside(p) || e.f === e.t) return;
        const text = edgeLabel(e), w = textWidth(text) + 4;
        const b = { kind: "edge", id: e.id, text: text, x: p.x - w / 2, y: p.y - LABEL_HEIGHT / 2, w: w, h: LABEL_HEIGHT };
        if (free(b)) keep(b);
      });
    }
    const ratio = ctx.canvas.width / Math.max(1, box.width);
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = LABEL_FONT;
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    drawn.forEach((b) => {
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(b.text, b.x + 2, b.y + 1);
      ctx.fillStyle = b.kind === "edge" ? "#444" : "#111";
      ctx.fillText(b.text, b.x + 2, b.y + 1);
    });
    ctx.restore();
    window.kgLabels = drawn.map((b) => ({ kind: b.kind, id: b.id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h }));
  }

  /* Communities (Louvain, computed in Python): a pale disc behind each in the whole graph. */
  let hulls = null;
  const HULL_COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f"];

  function drawHulls(ctx) {
    if (focusId !== null) return;
    if (!hulls) {
      const groups = new Map();
      const at = network.getPositions(nodeView.getIds());
      Object.entries(at).forEach(([id, p]) => {
        const g = byId.get(Number(id)).g;
        if (g < 0) return;
        if (!groups.has(g)) groups.set(g, []);
        groups.get(g).push(p);
      });
      hulls = [...groups.entries()].filter(([, ps]) => ps.length >= 3).map(([g, ps]) => {
        const cx = ps.reduce((s, p) => s + p.x, 0) / ps.length, cy = ps.reduce((s, p) => s + p.y, 0) / ps.length;
        const r = Math.max(...ps.map((p) => Math.hypot(p.x - cx, p.y - cy))) + 30;
        return { g: g, x: cx, y: cy, r: r };
      });
    }
    hulls.forEach((h) => {
      ctx.beginPath();
      ctx.arc(h.x, h.y, h.r, 0, 2 * Math.PI);
      ctx.fillStyle = HULL_COLOURS[h.g % HULL_COLOURS.length] + "14";
      ctx.fill();
    });
  }

  let pendingFocus = null;

  function initGraph() {
    nodes = new vis.DataSet(data.nodes.map(visNode));
    edges = new vis.DataSet(data.edges.map(visEdge));
    nodeView = new vis.DataView(nodes, { filter: (n) => (visible === null ? classShown(n.id) : visible.has(n.id))
      && (visible !== null || edgesOf.get(n.id).some(edgeShown) || !edgesOf.get(n.id).length) });
    edgeView = new vis.DataView(edges, { filter: (e) => edgeShown(data.edges[e.id])
      && (visible === null || (visible.has(e.from) && visible.has(e.to))) });
    const big = data.nodes.length > 1500 || data.edges.length > 3000;
    network = new vis.Network(document.getElementById("kg-graph"), { nodes: nodeView, edges: edgeView }, {
      autoResize: true, physics: false, layout: { improvedLayout: false },
      interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
        navigationButtons: false, keyboard: false, multiselect: false },
      nodes: { borderWidth: 1 },
      edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, selectionWidth: 2, hoverWidth: 1 },
    });
    network.on("beforeDrawing", drawHulls);
    network.on("afterDrawing", drawLabels);
    network.once("afterDrawing", () => { window.kgGraphDrawn = performance.now(); });
    network.on("click", (params) => {
      if (params.nodes && params.nodes.length) {
        if (focusId !== null && params.nodes[0] !== focusId) focusOn(params.nodes[0]); else showNode(params.nodes[0]);
      } else if (params.edges && params.edges.length) {
        showEdge(params.edges[0]);
      }
    });
    const first = pendingFocus !== null ? pendingFocus : data.focus;
    const crowded = data.nodes.filter((n) => !HIDDEN.includes(n.c)).length > 400;
    refresh();
    if (first !== null && first !== undefined) focusOn(first);
    else if (crowded && labelOrder.length) focusOn(labelOrder[0]);
    else updateStatus();
    window.kgNetwork = network;
    Object.assign(window.kgView, { nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView });
  }

  /* Graph controls */
  const kindBox = document.getElementById("kg-kinds");
  Object.keys(data.predicates).forEach((p) => {
    const label = el("label"), box = el("input"), swatch = el("span", null, "kg-swatch");
    box.type = "checkbox"; box.checked = true; box.value = p;
    box.addEventListener("change", () => {
      if (box.checked) filters.predicates.add(p); else filters.predicates.delete(p);
      applyFilters();
    });
    swatch.style.background = data.predicates[p];
    label.append(box, swatch, document.createTextNode(p));
    kindBox.append(label);
  });

  function applyFilters() {
    if (!network) return;
    if (focusId !== null) focusOn(focusId); else { refresh(); updateStatus(); }
  }

  HIDDEN.forEach((c) => {
    const box = document.getElementById("kg-show-" + c);
    box.addEventListener("change", () => { shown[c] = box.checked; applyFilters(); });
  });
  const since = document.getElementById("kg-since"), until = document.getElementById("kg-until");
  const dates = data.edges.flatMap((e) => e.ev.map((ev) => ev[2]).filter(Boolean)).sort();
  if (dates.length) [since, until].forEach((input) => { input.min = dates[0]; input.max = dates[dates.length - 1]; });
  since.addEventListener("change", () => { filters.since = since.value; applyFilters(); });
  until.addEventListener("change", () => { filters.until = until.value; applyFilters(); });
  document.getElementById("kg-depth").addEventListener("change", () => applyFilters());
  document.getElementById("kg-all").addEventListener("click", () => { if (network) showWhole(); });

  function setKinds(predicates) {
    filters.predicates = new Set(predicates === null ? Object.keys(data.predicates) : predicates);
    kindBox.querySelectorAll("input").forEach((box) => { box.checked = filters.predicates.has(box.value); });
    applyFilters();
  }

  function setDates(from, to) {
    filters.since = since.value = from || "";
    filters.until = until.value = to || "";
    applyFilters();
  }

  document.getElementById("kg-reset").addEventListener("click", () => {
    filters.since = since.value = ""; filters.until = until.value = "";
    setKinds(null);
    if (network) { network.unselectAll(); if (data.focus !== null && data.focus !== undefined) focusOn(data.focus); else showWhole(); }
  });

  /* ---------------------------------------------------------------- status and search */
  const status = document.getElementById("kg-status");

  function updateStatus(message) {
    const counts = network
      ? nodeView.length + " of " + data.nodes.length + " nodes \u00b7 " + edgeView.length + " of " + data.edges.length + " edges drawn"
      : plural(data.nodes.length, "node") + " \u00b7 " + plural(data.edges.length, "edge");
    status.textContent = message ? message + " \u00b7 " + counts : counts;
  }

  const labels = document.getElementById("kg-labels");
  [...new Set(data.nodes.filter((n) => !HIDDEN.includes(n.c)).map((n) => n.l))].sort().forEach((l) => {
    const option = el("option"); option.value = l; labels.append(option);
  });

  function find(query) {
    const q = String(query || "").trim().toLowerCase();
    if (!q) return null;
    const tests = [(n) => n.l.toLowerCase() === q, (n) => n.i.toLowerCase() === q,
      (n) => n.l.toLowerCase().startsWith(q), (n) => n.l.toLowerCase().includes(q), (n) => n.i.toLowerCase().includes(q)];
    for (const test of tests) {
      const hit = data.nodes.find(test);
      if (hit) return hit.id;
    }
    return null;
  }

  function focusNode(query) {
    const id = find(query);
    if (id === null) { updateStatus("no node matches \u201c" + query + "\u201d"); return null; }
    showTab("graph");
    focusOn(id);
    return id;
  }

  document.getElementById("kg-search").addEventListener("submit", (event) => {
    event.preventDefault();
    focusNode(document.getElementById("kg-query").value);
  });

  /* ---------------------------------------------------------------- legend and notice */
  function icon(shape, colour) {
    const [tag, attributes] = ICONS[shape] || ICONS.dot;
    const figure = svg(tag, attributes);
    figure.setAttribute("fill", colour);
    figure.setAttribute("stroke", "#555");
    const box = svg("svg", { viewBox: "0 0 16 16", class: "kg-symbol" });
    box.append(figure);
    return box;
  }

  const legend = document.getElementById("kg-legend");
  legend.append(el("h3", "Nodes"));
  Object.entries(data.classes).forEach(([cls, style]) => {
    const row = el("div");
    const shape = style.shape === "box" || style.shape === "ellipse" ? "dot" : style.shape;
    row.append(icon(shape, style.color), document.createTextNode(" " + cls.replace(/-/g, " ")
      + (HIDDEN.includes(cls) ? " (drawn when asked)" : "")));
    legend.append(row);
  });
  legend.append(el("h3", "Edges"));
  Object.entries(data.predicates).forEach(([p, colour]) => {
    const row = el("div"), line = el("span", null, "kg-line");
    line.style.background = colour;
    row.append(line, document.createTextNode(" " + p));
    legend.append(row);
  });
  ["match", "miss"].forEach((mark) => {
    const style = data.official && data.official[mark];
    if (!style || !data.edges.some((e) => e.o === (mark === "match"))) return;
    const row = el("div", null, "kg-official-row"), line = el("span", null, "kg-line kg-line-official");
    const colour = style.color || "#555555";
    line.style.background = style.dashes ? "repeating-linear-gradient(90deg, " + colour + " 0 7px, transparent 7px 11px)" : colour;
    row.title = style.legend;
    row.append(line, document.createTextNode(" " + style.mark + " " + style.legend));
    legend.append(row);
  });
  if ((data.communities || []).length) {
    legend.append(el("h3", "Communities (Louvain)"));
    data.communities.slice(0, 6).forEach((c, g) => {
      const row = el("div", null, "kg-community");
      row.append(button(clip(c.top.join(", "), 46) + " (" + c.size + ")", () => {
        showTab("graph");
        showWhole();
        network.fit({ nodes: data.nodes.filter((n) => n.g === g && nodeView.get(n.id)).map((n) => n.id), animation: false });
      }));
      legend.append(row);
    });
  }
  legend.append(el("div", "Stance map: colour for the balance of supporting and opposing articles, size for their count. "
    + "Graph: a wider edge is backed by more articles; labels are drawn where they fit, the best-linked first.", "kg-note"));

  const notice = document.getElementById("kg-notice");
  const totals = data.totals || {};
  const parts = [plural(totals.statements || 0, "statement") + " in " + plural(totals.edges || 0, "edge")
    + " between " + plural(totals.nodes || 0, "node")];
  const leftOut = Object.entries(totals.left_out || {});
  if (leftOut.length) {
    parts.push("this page carries the " + data.edges.length + " edges backed by most articles; left out: "
      + leftOut.map(([k, n]) => n + " " + k).join(", ") + " (kg viz --kind, --actor, --topic or --resolution draws a narrower page)");
  }
  if (totals.sentences < totals.statements) {
    parts.push(totals.sentences + " of " + totals.statements + " sentences carried (the newest of each edge); "
      + "each edge shows the kg query that fetches the rest");
  }
  notice.textContent = parts.join(" \u00b7 ");

  /* ---------------------------------------------------------------- start */
  window.kgView = {
    data, cells, select: (p) => (p.nodes && p.nodes.length ? showNode(p.nodes[0]) : p.edges && p.edges.length && showEdge(p.edges[0])),
    showNode, showEdge, showCell, showTab, focusOn, showWhole, applyFilters, setKinds, setDates, find, focusNode,
    renderStances, renderMeasures, renderTimeline,
  };
  const first = data.focus !== null && data.focus !== undefined ? "graph"
    : cells.size ? "stances" : measureRows.length ? "measures" : "graph";
  showTab(first);
  updateStatus();
  requestAnimationFrame(() => { window.kgDrawn = performance.now(); });
})();
