/* kg graph view: reads the JSON data block, draws it with vis-network, and wires the
 * search box, the edge-kind and date filters, the evidence panel and the legend.
 * Every string from the data is written with textContent (never innerHTML). */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const big = data.nodes.length > 1500 || data.edges.length > 3000;
  const SVG = "http://www.w3.org/2000/svg";
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
  const degree = new Map();
  data.edges.forEach((e) => {
    degree.set(e.f, (degree.get(e.f) || 0) + 1);
    degree.set(e.t, (degree.get(e.t) || 0) + 1);
  });

  /** An element with the given text (as text, never markup) and class. */
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function clip(text, length) {
    text = String(text || "");
    return text.length > length ? text.slice(0, length - 1) + "\u2026" : text;
  }

  function nodeLabel(id) {
    const node = byId.get(id);
    return node ? node.l : String(id);
  }

  function article(ev) {
    const row = data.articles[ev[1]] || ["", "", null, null];
    return { title: row[0], file: row[1], iri: row[2] };
  }

  /** "title · date · confidence 0.8 · file" for one evidence row. */
  function evidenceMeta(ev) {
    const a = article(ev);
    const parts = [a.title || "(untitled article)"];
    if (ev[2]) parts.push(ev[2]);
    if (ev[3] !== null && ev[3] !== undefined) parts.push("confidence " + ev[3]);
    if (a.file) parts.push(a.file);
    return parts.join(" \u00b7 ");
  }

  function edgeHeading(e) {
    return nodeLabel(e.f) + " \u2014 " + e.p + " \u2192 " + nodeLabel(e.t);
  }

  /** What the resolutions' own measures say of a ban or cap edge ("" when nothing). */
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
    const lines = [edgeHeading(e), e.n + (e.n === 1 ? " article" : " articles")];
    if (officialText(e)) lines.splice(1, 0, officialText(e));
    e.ev.slice(0, 3).forEach((ev) => {
      lines.push("", "\u201c" + clip(ev[0], 280) + "\u201d", evidenceMeta(ev));
    });
    if (e.ev.length > 3) lines.push("", "\u2026 " + (e.ev.length - 3) + " more: click the edge");
    return lines.join("\n");
  }

  function visNode(n) {
    const style = data.classes[n.c] || { color: "#c7c7c7", shape: "dot" };
    const inside = style.shape === "box" || style.shape === "ellipse";
    return {
      id: n.id, x: n.x, y: n.y, label: clip(n.l, inside ? 32 : 40), shape: style.shape,
      color: { background: style.color, border: "#555", highlight: { background: style.color, border: "#000" } },
      size: 10 + 3 * Math.log2(1 + (degree.get(n.id) || 0)),
      font: inside ? { size: 12 } : undefined,
      title: n.l + "\n" + n.c + "\n" + n.i,
    };
  }

  /** The official style of an edge ("match", "miss") or null when it has none. */
  function officialStyle(e) {
    if (e.o === undefined || e.o === null || !data.official) return null;
    return data.official[e.o ? "match" : "miss"] || null;
  }

  function visEdge(e) {
    const official = officialStyle(e);
    const colour = (official && official.color) || data.predicates[e.p] || "#999999";
    const label = e.n > 1 ? e.p + " (" + e.n + ")" : e.p;
    return {
      id: e.id, from: e.f, to: e.t, p: e.p, n: e.n, ev: e.ev, o: e.o,
      label: official ? label + " " + official.mark : label,
      title: edgeTitle(e),
      width: Math.min(1 + 2 * Math.log2(e.n || 1), 10),
      dashes: official ? official.dashes : false,
      color: { color: colour, highlight: colour, hover: colour, opacity: 0.9 },
      smooth: e.r ? { enabled: true, type: "curvedCW", roundness: e.r } : false,
    };
  }

  const nodes = new vis.DataSet(data.nodes.map(visNode));
  const edges = new vis.DataSet(data.edges.map(visEdge));
  const allPredicates = Object.keys(data.predicates);
  const filters = { predicates: new Set(allPredicates), since: "", until: "" };
  let visibleNodes = null; // null: every node

  function inDates(e) {
    if (!filters.since && !filters.until) return true;
    return e.ev.some((ev) => ev[2] && (!filters.since || ev[2] >= filters.since)
      && (!filters.until || ev[2] <= filters.until));
  }

  function edgeVisible(e) {
    return filters.predicates.has(e.p) && inDates(e);
  }

  const edgeView = new vis.DataView(edges, { filter: edgeVisible });
  const nodeView = new vis.DataView(nodes, { filter: (n) => visibleNodes === null || visibleNodes.has(n.id) });

  const container = document.getElementById("kg-graph");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false },
    interaction: {
      hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
      navigationButtons: false, keyboard: false, multiselect: false,
    },
    nodes: { borderWidth: 1, font: { size: 14, color: "#222", strokeWidth: 3, strokeColor: "#fff" } },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } }, selectionWidth: 2, hoverWidth: 1,
      // "horizontal": vis-network 9.1.2 draws a rotated ("middle") label of an exactly
      // horizontal edge at the canvas origin.
      font: { size: 11, align: "horizontal", color: "#333", strokeWidth: 3, strokeColor: "#fff" },
    },
  });
  network.once("afterDrawing", () => { window.kgDrawn = performance.now(); });

  /* ---------------------------------------------------------------- panel */
  const panelTitle = document.getElementById("kg-panel-title");
  const panelBody = document.getElementById("kg-panel-body");

  function resetPanel(title) {
    panelTitle.textContent = title;
    panelBody.replaceChildren();
  }

  function showEdge(id) {
    const e = edges.get(id);
    if (!e) return;
    const row = data.edges[id];
    resetPanel(edgeHeading(row));
    panelBody.append(el("p", e.n + (e.n === 1 ? " supporting article" : " supporting articles")
      + " \u00b7 " + row.k + " \u00b7 " + e.ev.length + (e.ev.length === 1 ? " sentence" : " sentences"), "kg-meta"));
    if (officialText(row)) {
      panelBody.append(el("p", officialText(row), "kg-official " + (row.o ? "kg-official-match" : "kg-official-miss")));
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
  }

  function showNode(id) {
    const n = byId.get(id);
    if (!n) return;
    resetPanel(n.l);
    panelBody.append(el("p", n.c, "kg-meta"), el("p", n.i, "kg-iri"));
    const touching = edges.get({ filter: (e) => e.from === id || e.to === id });
    panelBody.append(el("h3", touching.length + (touching.length === 1 ? " edge" : " edges")));
    const list = el("ul");
    touching.slice(0, 300).forEach((e) => {
      const text = e.from === id ? "\u2192 " + e.p + " " + nodeLabel(e.to) : "\u2190 " + nodeLabel(e.from) + " " + e.p;
      const button = el("button", text + (e.n > 1 ? " (" + e.n + ")" : ""));
      button.type = "button";
      button.addEventListener("click", () => {
        if (edgeView.get(e.id)) network.selectEdges([e.id]);
        showEdge(e.id);
      });
      const item = el("li");
      item.append(button);
      list.append(item);
    });
    panelBody.append(list);
  }

  function select(params) {
    if (params.nodes && params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges && params.edges.length) showEdge(params.edges[0]);
  }
  network.on("click", select);

  /* ---------------------------------------------------------------- filters */
  const status = document.getElementById("kg-status");

  function updateStatus(message) {
    const counts = nodeView.length + " of " + nodes.length + " nodes \u00b7 "
      + edgeView.length + " of " + edges.length + " edges";
    status.textContent = message ? message + " \u00b7 " + counts : counts;
  }

  function applyFilters() {
    const active = filters.predicates.size !== allPredicates.length || filters.since || filters.until;
    if (active) {
      visibleNodes = new Set();
      edges.forEach((e) => {
        if (edgeVisible(e)) { visibleNodes.add(e.from); visibleNodes.add(e.to); }
      });
    } else {
      visibleNodes = null;
    }
    nodeView.refresh();
    edgeView.refresh();
    updateStatus();
  }

  const kindBox = document.getElementById("kg-kinds");
  allPredicates.forEach((p) => {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = p;
    box.addEventListener("change", () => {
      if (box.checked) filters.predicates.add(p); else filters.predicates.delete(p);
      applyFilters();
    });
    const swatch = el("span", null, "kg-swatch");
    swatch.style.background = data.predicates[p];
    label.append(box, swatch, document.createTextNode(p));
    kindBox.append(label);
  });

  const since = document.getElementById("kg-since");
  const until = document.getElementById("kg-until");
  const dates = data.edges.flatMap((e) => e.ev.map((ev) => ev[2]).filter(Boolean)).sort();
  if (dates.length) {
    [since, until].forEach((input) => { input.min = dates[0]; input.max = dates[dates.length - 1]; });
  }
  since.addEventListener("change", () => { filters.since = since.value; applyFilters(); });
  until.addEventListener("change", () => { filters.until = until.value; applyFilters(); });

  /** Show only edges whose predicate is in ``predicates`` (all when null). */
  function setKinds(predicates) {
    filters.predicates = new Set(predicates === null ? allPredicates : predicates);
    kindBox.querySelectorAll("input").forEach((box) => { box.checked = filters.predicates.has(box.value); });
    applyFilters();
  }

  /** Show only edges with a sentence dated within [from, to] (ISO dates; "" for open). */
  function setDates(from, to) {
    filters.since = since.value = from || "";
    filters.until = until.value = to || "";
    applyFilters();
  }

  document.getElementById("kg-reset").addEventListener("click", () => {
    setDates("", "");
    setKinds(null);
    network.unselectAll();
    network.fit();
  });

  /* ---------------------------------------------------------------- search */
  const labels = document.getElementById("kg-labels");
  [...new Set(data.nodes.map((n) => n.l))].sort().forEach((l) => {
    const option = el("option");
    option.value = l;
    labels.append(option);
  });

  /** The id of the node whose label (exact, then prefix, then part) or IRI matches. */
  function find(query) {
    const q = String(query || "").trim().toLowerCase();
    if (!q) return null;
    const tests = [(n) => n.l.toLowerCase() === q, (n) => n.i.toLowerCase() === q,
      (n) => n.l.toLowerCase().startsWith(q), (n) => n.l.toLowerCase().includes(q),
      (n) => n.i.toLowerCase().includes(q)];
    for (const test of tests) {
      const hit = data.nodes.find(test);
      if (hit) return hit.id;
    }
    return null;
  }

  /** Find a node, select it, centre the view on it and show it in the panel. */
  function focusNode(query) {
    const id = find(query);
    if (id === null) { updateStatus("no node matches \u201c" + query + "\u201d"); return null; }
    showNode(id);
    if (!nodeView.get(id)) { updateStatus("\u201c" + nodeLabel(id) + "\u201d is hidden by the filters"); return id; }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 } });
    updateStatus();
    return id;
  }

  document.getElementById("kg-search").addEventListener("submit", (event) => {
    event.preventDefault();
    focusNode(document.getElementById("kg-query").value);
  });

  /* ---------------------------------------------------------------- legend */
  /** A 16x16 SVG of a node shape, filled with the class colour. */
  function icon(shape, colour) {
    const [tag, attributes] = ICONS[shape] || ICONS.dot;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("class", "kg-symbol");
    const figure = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([name, value]) => figure.setAttribute(name, String(value)));
    figure.setAttribute("fill", colour);
    figure.setAttribute("stroke", "#555");
    svg.append(figure);
    return svg;
  }

  const legend = document.getElementById("kg-legend");
  legend.append(el("h3", "Nodes"));
  Object.entries(data.classes).forEach(([cls, style]) => {
    const row = el("div");
    row.append(icon(style.shape, style.color), document.createTextNode(" " + cls.replace(/-/g, " ")));
    legend.append(row);
  });
  legend.append(el("h3", "Edges"));
  Object.entries(data.predicates).forEach(([p, colour]) => {
    const row = el("div");
    const line = el("span", null, "kg-line");
    line.style.background = colour;
    row.append(line, document.createTextNode(" " + p));
    legend.append(row);
  });
  /* The official marks, when some ban or cap was checked against the resolutions' measures. */
  ["match", "miss"].forEach((mark) => {
    const style = data.official && data.official[mark];
    if (!style || !data.edges.some((e) => e.o === (mark === "match"))) return;
    const row = el("div", null, "kg-official-row");
    const line = el("span", null, "kg-line kg-line-official");
    const colour = style.color || "#555555";
    line.style.background = style.dashes
      ? "repeating-linear-gradient(90deg, " + colour + " 0 7px, transparent 7px 11px)" : colour;
    row.title = style.legend;
    row.append(line, document.createTextNode(" " + style.mark + " " + style.legend));
    legend.append(row);
  });
  legend.append(el("div", "A wider edge is backed by more articles (the count is in its label).", "kg-note"));

  updateStatus();
  window.kgNetwork = network;
  window.kgView = {
    data, nodes, edges, nodeView, edgeView, select, showNode, showEdge, applyFilters,
    setKinds, setDates, find, focusNode,
  };
})();
