/* kg graph viewer: draws the graph inlined in this page with Cytoscape.js; no network needed.
   Exposes window.cy (the Cytoscape instance) and window.kgViewer (draw time, ready flag). */
(function () {
  "use strict";
  var started = performance.now();
  var graph = JSON.parse(document.getElementById("kg-graph").textContent);
  var STYLES = JSON.parse(document.getElementById("kg-styles").textContent).kinds;
  var EDGE_COLOURS = JSON.parse(document.getElementById("kg-styles").textContent).relations;
  var ACTORS_VIEW = (graph.data || {}).view === "actors";
  var BIG = graph.elements.nodes.length > 1500;
  var DOCUMENT_RELATIONS = { "mentions": true, "in-document": true, "references": true };
  var LABELLED = 25;  // the most connected nodes keep their label at any zoom
  var FIELDS = [["actorType", "actor type"], ["role", "role"], ["date", "date"], ["documentId", "document"],
                ["documentCount", "documents"],
                ["title", "title"], ["polarity", "polarity"], ["action", "action"], ["stance", "stance"],
                ["connective", "connective"], ["consequence", "consequence"], ["confidence", "confidence"]];

  var viewer = window.kgViewer = { ready: false, drawMs: null, nodes: graph.elements.nodes.length,
                                   timings: { parseMs: performance.now() - started } };
  var $ = function (id) { return document.getElementById(id); };

  // Node size by degree (square root, so hubs do not swallow the page) and the rank that labels.
  var present = {};
  graph.elements.nodes.forEach(function (n) { present[n.data.kind] = true; });
  var KINDS = Object.keys(STYLES).filter(function (k) { return present[k]; });
  var degree = {};
  graph.elements.edges.forEach(function (e) {
    degree[e.data.source] = (degree[e.data.source] || 0) + 1;
    degree[e.data.target] = (degree[e.data.target] || 0) + 1;
  });
  var ranked = graph.elements.nodes.slice().sort(function (a, b) {
    var actorFirst = (b.data.kind === "actor") - (a.data.kind === "actor");
    return (ACTORS_VIEW && actorFirst) || (degree[b.data.id] || 0) - (degree[a.data.id] || 0);
  });
  ranked.forEach(function (n, i) {
    n.data.degree = degree[n.data.id] || 0;
    n.data.size = Math.round(12 + 7 * Math.sqrt(n.data.degree));
    n.data.rank = i;
  });

  function cyStyle() {
    var style = [{ selector: "node", style: {
      "label": "data(label)", "width": "data(size)", "height": "data(size)", "font-size": 9, "color": "#222",
      "text-valign": "bottom", "text-margin-y": 2, "text-wrap": "ellipsis", "text-max-width": 110,
      "min-zoomed-font-size": 8, "border-width": BIG ? 0 : 1, "border-color": "#fff" } }];
    KINDS.forEach(function (kind) {
      style.push({ selector: "node[kind = '" + kind + "']", style: {
        "background-color": STYLES[kind].colour, "shape": STYLES[kind].cytoscape } });
    });
    style.push({ selector: "node[kind = 'document']", style: { "font-weight": "bold" } });
    style.push({ selector: "node.top", style: {  // readable at the default zoom of a whole volume
      "font-size": 13, "min-zoomed-font-size": 0, "font-weight": "bold", "z-index": 5,
      "text-background-color": "#fff", "text-background-opacity": 0.75, "text-background-padding": 1 } });
    style.push({ selector: "node.top.above", style: { "text-valign": "top", "text-margin-y": -3 } });
    style.push({ selector: "edge", style: {
      "width": 1.4, "curve-style": BIG ? "haystack" : "bezier", "target-arrow-shape": BIG ? "none" : "triangle",
      "arrow-scale": 0.6, "opacity": 0.9 } });
    if (!BIG) {  // edge labels cost too much on a whole volume
      style.push({ selector: "edge", style: { "label": "data(relation)", "font-size": 6, "color": "#666",
        "min-zoomed-font-size": 8, "text-rotation": "autorotate" } });
    }
    Object.keys(EDGE_COLOURS).forEach(function (relation) {
      style.push({ selector: "edge[relation = '" + relation + "']", style: {
        "line-color": EDGE_COLOURS[relation], "target-arrow-color": EDGE_COLOURS[relation] } });
    });
    style.push({ selector: "edge[weight]", style: {  // actor network: heavier with more evidence
      "width": "mapData(weight, 1, 20, 1.5, 9)", "arrow-scale": 0.8 } });
    style.push({ selector: "edge[relation = 'mentions'], edge[relation = 'in-document']", style: {
      "width": 0.6, "opacity": 0.35, "label": "", "target-arrow-shape": "none" } });
    style.push({ selector: "edge[relation = 'references']", style: {
      "width": 1.2, "line-style": "dashed", "label": "" } });
    return style.concat([  // states last, so they win
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.12 } },
      { selector: "edge:selected", style: { "line-color": "#F0E442", "target-arrow-color": "#F0E442", "z-index": 10 } },
      { selector: ".match", style: { "border-width": 3, "border-color": "#111", "z-index": 10 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#F0E442" } }
    ]);
  }

  var cy = window.cy = cytoscape({
    container: $("cy"), elements: graph.elements, style: cyStyle(),
    layout: { name: "preset", fit: true, padding: 30 },
    minZoom: 0.01, maxZoom: 5, textureOnViewport: BIG, hideEdgesOnViewport: BIG,
    motionBlur: false, pixelRatio: BIG ? 1 : "auto"
  });
  viewer.timings.createMs = performance.now() - started;

  // The top-ranked labels keep one size on screen whatever the zoom, so a whole volume
  // fitted to the window still names its main actors.
  var TOP_LABEL_PX = 13;
  function scaleTopLabels() {
    var z = cy.zoom();
    cy.style().selector("node.top").style({
      "font-size": Math.max(9, TOP_LABEL_PX / z), "text-max-width": Math.max(110, 170 / z),
      "text-background-padding": 2 / z, "text-margin-y": 3 / z })
      .selector("node.top.above").style({ "text-valign": "top", "text-margin-y": -3 / z }).update();
  }

  // The most connected nodes get the big labels, in rank order, skipping any whose label would
  // cover one already placed: at the default zoom a volume names its main actors legibly.
  var RANKED = cy.nodes().filter(function (n) { return n.data("rank") < 2 * LABELLED && n.degree(); })
    .sort(function (a, b) { return a.data("rank") - b.data("rank"); });
  function overlaps(a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; }
  function labelTop() {
    scaleTopLabels();
    var placed = [], opts = { includeNodes: false, includeEdges: false, includeLabels: true };
    cy.batch(function () { cy.nodes(".top").removeClass("top above"); });
    RANKED.forEach(function (n) {
      if (placed.length >= LABELLED || n.hasClass("hidden")) return;
      var fits = ["top", "top above"].some(function (classes) {  // below the node, else above it
        n.addClass(classes);
        var box = n.renderedBoundingBox(opts);
        if (!placed.some(function (p) { return overlaps(p, box); })) { placed.push(box); return true; }
        n.removeClass(classes);
        return false;
      });
      if (!fits) n.removeClass("top above");
    });
    viewer.labelled = cy.nodes(".top").map(function (n) { return n.data("label"); });
  }
  var labelTimer = null;
  function relabelSoon() { clearTimeout(labelTimer); labelTimer = setTimeout(labelTop, 120); }
  labelTop();
  cy.on("zoom", scaleTopLabels);
  cy.on("viewport layoutstop", relabelSoon);
  var presets = {};
  cy.nodes().forEach(function (n) { presets[n.id()] = Object.assign({}, n.position()); });

  cy.one("render", function () {
    requestAnimationFrame(function () {
      viewer.drawMs = performance.now() - started;
      viewer.ready = true;
      document.body.setAttribute("data-ready", "true");
    });
  });

  // -- legend (doubles as the kind filter) ------------------------------------
  function swatch(kind) {
    var s = document.createElement("span");
    s.className = "swatch shape-" + STYLES[kind].cytoscape;
    s.style.background = STYLES[kind].colour;
    return s;
  }

  function buildLegend() {
    KINDS.forEach(function (kind) {
      var count = cy.nodes("[kind = '" + kind + "']").length;
      var li = document.createElement("li"), label = document.createElement("label");
      var box = document.createElement("input"), name = document.createElement("span");
      var number = document.createElement("span");
      box.type = "checkbox"; box.checked = true; box.value = kind; box.className = "kind-filter";
      box.addEventListener("change", applyFilters);
      name.textContent = kind; number.className = "count"; number.textContent = count;
      label.append(box, swatch(kind), name, number); li.appendChild(label); $("legend").appendChild(li);
    });
    var byColour = {};  // relations drawn alike share a legend line
    Object.keys(EDGE_COLOURS).forEach(function (relation) {
      if (!cy.edges("[relation = '" + relation + "']").length) return;
      (byColour[EDGE_COLOURS[relation]] = byColour[EDGE_COLOURS[relation]] || []).push(relation);
    });
    Object.keys(byColour).forEach(function (colour) {
      var li = document.createElement("li"), line = document.createElement("span");
      line.className = "edge-swatch"; line.style.borderColor = colour;
      li.className = "edge-row"; li.append(line, byColour[colour].join(", "));
      $("edge-legend").appendChild(li);
    });
    var names = {};
    cy.nodes("[kind = 'actor']").forEach(function (n) { names[n.data("label")] = true; });
    Object.keys(names).sort().forEach(function (name) {
      var option = document.createElement("option"); option.value = name; $("actor-names").appendChild(option);
    });
  }

  // -- filters (the same rules as kg export --kind/--actor/--since/--until) ---
  function periodStart(text) {
    return text.length === 4 ? text + "-01-01" : text.length === 7 ? text + "-01" : text.slice(0, 10);
  }

  function periodEnd(text) {
    if (text.length === 4) return text + "-12-31";
    if (text.length === 7) {
      var last = new Date(Date.UTC(+text.slice(0, 4), +text.slice(5, 7), 0)).getUTCDate();
      return text + "-" + String(last).padStart(2, "0");
    }
    return text.slice(0, 10);
  }

  function inPeriod(node, since, until) {
    var d = node.data("date");
    if (!since && !until) return true;
    if (!d || !/^\d{4}(-\d{2}(-\d{2}(T.*)?)?)?$/.test(d)) return false;
    return (!until || periodStart(d) <= until) && (!since || periodEnd(d) >= since);
  }

  function itemNeighbours(nodes, allowed) {
    return nodes.connectedEdges().filter(function (e) { return !DOCUMENT_RELATIONS[e.data("relation")]; })
      .connectedNodes().filter(function (n) { return allowed[n.id()]; });
  }

  function actorNeighbourhood(base, text) {
    var allowed = {};
    base.forEach(function (n) { allowed[n.id()] = true; });
    var seeds = base.filter(function (n) {
      return n.data("kind") === "actor" && n.data("label").toLowerCase().indexOf(text) >= 0;
    });
    var linked = seeds.union(itemNeighbours(seeds, allowed));
    var keep = linked.union(itemNeighbours(linked.difference(seeds), allowed));
    var docs = {};
    keep.forEach(function (n) { if (n.data("document")) docs[n.data("document")] = true; });
    return keep.union(base.filter(function (n) { return docs[n.id()]; }));
  }

  // In the actor network an actor filter keeps the actors named and their neighbours.
  function actorNetworkNeighbourhood(base, text) {
    var seeds = base.filter(function (n) {
      return n.data("kind") === "actor" && n.data("label").toLowerCase().indexOf(text) >= 0;
    });
    return seeds.union(seeds.neighborhood().nodes().intersection(base));
  }

  function periodUntil() {  // the earlier of the "to" date and the timeline's
    var until = $("until").value, played = timelineDate();
    return played && (!until || played < until) ? played : until;
  }

  function visibleNodes() {
    var kinds = {};
    document.querySelectorAll(".kind-filter").forEach(function (b) { if (b.checked) kinds[b.value] = true; });
    var since = $("since").value, until = periodUntil(), actor = $("actor").value.trim().toLowerCase();
    var nodes = cy.nodes().filter(function (n) { return inPeriod(n, since, until); });
    if (actor) nodes = ACTORS_VIEW ? actorNetworkNeighbourhood(nodes, actor) : actorNeighbourhood(nodes, actor);
    return nodes.filter(function (n) { return kinds[n.data("kind")]; });
  }

  function applyFilters(event) {
    var visible = visibleNodes(), until = periodUntil();
    var late = cy.edges("[date]").filter(function (e) { return until && periodStart(e.data("date")) > until; });
    cy.batch(function () {  // touch only the elements that change: restyling a whole volume is slow
      cy.nodes().not(visible).not(".hidden").addClass("hidden");
      visible.filter(".hidden").removeClass("hidden");
      cy.edges(".hidden").not(late).removeClass("hidden");
      late.not(".hidden").addClass("hidden");
    });
    search();
    relabelSoon();
    var id = event && event.target && event.target.id;
    if (id === "actor" && $("actor").value.trim() && visible.length) layOutNeighbourhood(visible);
    else if ((id === "actor" || id === "since" || id === "until") && visible.length) cy.fit(visible, 30);
  }

  // The actor filter lays the neighbourhood out afresh: the named actors in the centre, the
  // actors they deal with around them by degree, their documents on the outside.
  function layOutNeighbourhood(visible) {
    var text = $("actor").value.trim().toLowerCase();
    var eles = visible.union(visible.edgesWith(visible).not(".hidden"));
    eles.layout({ name: "concentric", fit: true, padding: 30, animate: false, minNodeSpacing: 14,
      concentric: function (n) {
        var named = n.data("kind") === "actor" && n.data("label").toLowerCase().indexOf(text) >= 0;
        return named ? 1e6 : (n.data("kind") === "actor" ? 1e3 : 0) + n.degree();
      },
      levelWidth: function () { return 1e3; } }).run();
  }

  // -- timeline: the documents in date order ----------------------------------
  var DATES = [];
  (function () {
    var seen = {};
    cy.nodes("[kind = 'document'][date]").forEach(function (n) { seen[n.data("date").slice(0, 10)] = true; });
    DATES = Object.keys(seen).sort();
    $("timeline").max = String(DATES.length);
    $("timeline").value = String(DATES.length);  // at the end: everything shown
    $("timeline").disabled = DATES.length < 2; $("play").disabled = DATES.length < 2;
  })();

  function timelineDate() {
    var i = +$("timeline").value;
    return i >= DATES.length ? "" : DATES[i];
  }
  viewer.timelineDate = timelineDate;

  function showTimeline() {
    var date = timelineDate(), docs = cy.nodes("[kind = 'document']").not(".hidden").length;
    $("timeline-date").textContent = DATES.length < 2 ? "" :
      (date ? "up to " + date : "all dates") + " · " + docs + " document" + (docs === 1 ? "" : "s");
  }

  var playing = null;
  function play() {
    if (playing) { stopPlaying(); return; }
    if (+$("timeline").value >= DATES.length) $("timeline").value = "0";
    $("play").textContent = "❚❚";
    step();
    playing = setInterval(step, 450);
  }

  function step() {
    applyFilters(); showTimeline();
    if (+$("timeline").value >= DATES.length) { stopPlaying(); return; }
    $("timeline").value = String(+$("timeline").value + 1);
  }

  function stopPlaying() {
    clearInterval(playing); playing = null; $("play").textContent = "▶";
  }

  // -- search ----------------------------------------------------------------
  function search() {
    var q = $("search").value.trim().toLowerCase();
    var shown = cy.nodes().not(".hidden"), matches = cy.collection();
    cy.batch(function () {
      cy.elements(".faded, .match").removeClass("faded match");
      if (q) {
        matches = shown.filter(function (n) { return n.data("label").toLowerCase().indexOf(q) >= 0; });
        if (!BIG) cy.elements().not(matches).addClass("faded");  // on a whole volume: outline only
        matches.addClass("match");
      }
    });
    $("counts").textContent = shown.length + " of " + cy.nodes().length + " nodes" +
      (q ? ", " + matches.length + " match" + (matches.length === 1 ? "" : "es") : "");
    return matches;
  }

  // Like cy.fit, on the nodes alone (labels grow and shrink with the zoom here), centred, zoom capped.
  function fitNodes(nodes, padding, maxZoom) {
    var box = nodes.boundingBox({ includeLabels: false });
    var zoom = Math.min(maxZoom, (cy.width() - 2 * padding) / Math.max(box.w, 1),
                        (cy.height() - 2 * padding) / Math.max(box.h, 1));
    cy.viewport({ zoom: zoom, pan: { x: cy.width() / 2 - zoom * (box.x1 + box.x2) / 2,
                                     y: cy.height() / 2 - zoom * (box.y1 + box.y2) / 2 } });
  }

  function zoomToMatches() {
    var matches = search();
    if (!matches.length) return;
    fitNodes(matches, 80, 2);
    if (matches.length === 1) { cy.nodes().unselect(); matches.select(); showDetails(matches[0]); }
  }

  // -- details panel ---------------------------------------------------------
  function safeLink(anchor, url) {
    var ok = typeof url === "string" && /^https?:\/\//.test(url);
    anchor.hidden = !ok;
    if (ok) anchor.href = url; else anchor.removeAttribute("href");
  }

  // Who acted towards whom: an instruction's issuer -> addressee, an actor-network edge's ends.
  function whoToWhom(ele) {
    if (ele.isEdge()) return ele.source().data("label") + " → " + ele.target().data("label");
    if (ele.data("kind") !== "instruction") return "";
    var ends = function (relation) {
      return ele.outgoers("edge[relation = '" + relation + "']").targets().map(function (n) { return n.data("label"); })
        .join(", ") || "?";
    };
    return ends("issued-by") + " → " + ends("addressed-to");
  }

  function showQuotes(d) {
    var list = $("d-quotes"), quotes = d.weight ? (d.evidence || "").split("\n") : [];
    list.textContent = "";
    quotes.forEach(function (q) { if (q) { var li = document.createElement("li"); li.textContent = q; list.appendChild(li); } });
    list.hidden = !list.children.length;
  }

  function showDetails(ele) {
    var d = ele.data();
    var who = whoToWhom(ele);
    $("hint").hidden = true;
    $("node-details").hidden = false;
    $("d-label").textContent = ele.isEdge() ? d.relation + (d.weight ? " ×" + d.weight : "") : d.label;
    $("d-kind").textContent = ele.isEdge() ? "edge" : d.kind + (d.actorType ? " (" + d.actorType + ")" : "");
    $("d-who").textContent = who; $("d-who").hidden = !who;
    showQuotes(d);
    if (d.weight) d = Object.assign({}, d, { evidence: "", title: "" });
    if (ele.isEdge()) d = Object.assign({}, d, { documentCount: d.documents ? d.documents.split(" ").length : undefined,
                                                documentId: d.documents });
    $("d-evidence").textContent = d.evidence || d.title || "";
    $("d-evidence").hidden = !(d.evidence || d.title);
    var fields = $("d-fields");
    fields.textContent = "";
    FIELDS.forEach(function (f) {
      if (d[f[0]] === undefined || d[f[0]] === "" || (f[0] === "title" && !d.evidence)) return;
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = f[1]; dd.textContent = d[f[0]]; fields.append(dt, dd);
    });
    safeLink($("d-page"), d.url);
    safeLink($("d-document"), d.document);
  }

  function clearDetails() {
    $("hint").hidden = false;
    $("node-details").hidden = true;
  }

  // -- layouts ---------------------------------------------------------------
  function runLayout(name) {
    var eles = cy.elements().not(".hidden");
    var options = { name: name, fit: true, padding: 30, animate: !BIG && name !== "preset" };
    if (name === "preset") options.positions = function (n) { return presets[n.id()]; };
    if (name === "cose") { options.numIter = BIG ? 200 : 1000; options.randomize = false; }
    if (name === "breadthfirst") { options.directed = true; options.spacingFactor = 0.9; }
    if (name === "concentric") {
      options.concentric = function (n) { return n.degree(); };
      options.levelWidth = function () { return 2; };
    }
    eles.layout(options).run();
  }

  function reset() {
    document.querySelectorAll(".kind-filter").forEach(function (b) { b.checked = true; });
    $("actor").value = ""; $("since").value = ""; $("until").value = ""; $("search").value = "";
    stopPlaying(); $("timeline").value = String(DATES.length); clearDetails();
    applyFilters(); showTimeline();
    runLayout("preset");
  }

  // -- wiring ----------------------------------------------------------------
  var searchTimer = null;
  $("search").addEventListener("input", function () {
    clearTimeout(searchTimer); searchTimer = setTimeout(search, 150);
  });
  $("search").addEventListener("keydown", function (e) {
    if (e.key === "Enter") zoomToMatches();
    if (e.key === "Escape") { $("search").value = ""; search(); }
  });
  ["actor", "since", "until"].forEach(function (id) { $(id).addEventListener("change", applyFilters); });
  $("layout").addEventListener("change", function () { runLayout($("layout").value); });
  $("fit").addEventListener("click", function () { cy.fit(cy.elements().not(".hidden"), 30); });
  $("reset").addEventListener("click", reset);
  cy.on("tap", "node, edge", function (evt) { showDetails(evt.target); });
  $("timeline").addEventListener("input", function () { stopPlaying(); applyFilters(); showTimeline(); });
  $("play").addEventListener("click", play);
  cy.on("tap", function (evt) { if (evt.target === cy) clearDetails(); });

  buildLegend();
  search();
  showTimeline();
})();
