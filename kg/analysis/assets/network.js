// The interactive state network of the HTML analysis report: no library, no network.
// It reads the data the report embeds (<script id="network-data">) and draws one SVG
// circle per state and one line per pair of states that met. Hover a state or a pair
// for its figures, click a state to pick out its partners, drag a state to move it,
// drag the background to pan, use the wheel to zoom; the year sliders keep the
// meetings of a period (also set by the address: report.html#years=2014-2016).
(function () {
  "use strict";
  var SVG_NS = "http://www.w3.org/2000/svg";
  var WIDTH = 1000, HEIGHT = 640, MARGIN = 40;
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var svg = document.getElementById("state-network");
  var tip = document.getElementById("network-tip");
  var fromInput = document.getElementById("year-from");
  var toInput = document.getElementById("year-to");
  var undatedInput = document.getElementById("count-undated");
  var periodText = document.getElementById("period-shown");
  var years = data.years;

  function make(name, attrs, parent) {
    var el = document.createElementNS(SVG_NS, name);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, String(attrs[k])); });
    parent.appendChild(el);
    return el;
  }

  svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
  var viewport = make("g", {id: "viewport"}, svg);
  var pairLayer = make("g", {id: "pairs"}, viewport);
  var stateLayer = make("g", {id: "states"}, viewport);

  // Positions come normalised to [0, 1] (y upwards); the SVG's y runs downwards.
  data.nodes.forEach(function (n) {
    n.px = MARGIN + n.x * (WIDTH - 2 * MARGIN);
    n.py = HEIGHT - MARGIN - n.y * (HEIGHT - 2 * MARGIN);
    n.pairs = [];
  });
  data.edges.forEach(function (e, i) {
    e.line = make("line", {"class": "pair", "data-pair": data.nodes[e.s].id + "-" + data.nodes[e.t].id}, pairLayer);
    e.index = i;
    data.nodes[e.s].pairs.push(e);
    data.nodes[e.t].pairs.push(e);
  });
  data.nodes.forEach(function (n) {
    n.circle = make("circle", {"class": "state", "data-iso3": n.id, fill: n.colour}, stateLayer);
    n.label = make("text", {"class": "state-label"}, stateLayer);
    n.label.textContent = n.id;
  });

  function place(n) {
    n.circle.setAttribute("cx", n.px);
    n.circle.setAttribute("cy", n.py);
    n.label.setAttribute("x", n.px);
    n.label.setAttribute("y", n.py - n.radius - 7);
    n.pairs.forEach(function (e) {
      var a = data.nodes[e.s], b = data.nodes[e.t];
      e.line.setAttribute("x1", a.px); e.line.setAttribute("y1", a.py);
      e.line.setAttribute("x2", b.px); e.line.setAttribute("y2", b.py);
    });
  }

  // The period shown: indexes into `years`, both ends included.
  var period = {from: 0, to: years.length - 1};

  function meetingsInPeriod(e) {
    var count = 0;
    for (var i = period.from; i <= period.to; i++) count += e.years[years[i]] || 0;
    if (undatedInput === null || undatedInput.checked) count += e.undated;
    return count;
  }

  function periodLabel() {
    if (!years.length) return "all meetings";
    return years[period.from] + (period.to > period.from ? "–" + years[period.to] : "");
  }

  function update() {
    var visible = 0;
    data.edges.forEach(function (e) {
      e.count = meetingsInPeriod(e);
      e.line.classList.toggle("hidden", e.count === 0);
      e.line.setAttribute("stroke-width", (0.8 + 1.6 * Math.sqrt(e.count)).toFixed(2));
      if (e.count > 0) visible += 1;
    });
    data.nodes.forEach(function (n) {
      n.meetings = 0; n.partners = 0;
      n.pairs.forEach(function (e) { if (e.count > 0) { n.meetings += e.count; n.partners += 1; } });
      n.radius = 6 + 2.4 * Math.sqrt(n.meetings);
      n.circle.setAttribute("r", n.radius.toFixed(2));
      n.circle.classList.toggle("faded", n.pairs.length > 0 && n.partners === 0);
      n.label.classList.toggle("faded", n.pairs.length > 0 && n.partners === 0);
      place(n);
    });
    svg.setAttribute("data-visible-pairs", visible);
    if (periodText) periodText.textContent = periodLabel();
    if (selected) select(selected);
  }

  // Picking out a state and its partners.
  var selected = null;
  function select(n) {
    selected = n;
    var near = {};
    if (n) {
      near[n.id] = true;
      n.pairs.forEach(function (e) { if (e.count > 0) { near[data.nodes[e.s].id] = true; near[data.nodes[e.t].id] = true; } });
    }
    data.nodes.forEach(function (m) {
      var off = n !== null && !near[m.id];
      m.circle.classList.toggle("faded", off || (m.pairs.length > 0 && m.partners === 0));
      m.label.classList.toggle("faded", off || (m.pairs.length > 0 && m.partners === 0));
      m.circle.classList.toggle("selected", m === n);
    });
    data.edges.forEach(function (e) {
      e.line.classList.toggle("faded", n !== null && e.s !== n.index && e.t !== n.index);
    });
  }

  function showTip(event, text) {
    var box = svg.parentNode.getBoundingClientRect();
    tip.textContent = text;
    tip.style.left = (event.clientX - box.left + 14) + "px";
    tip.style.top = (event.clientY - box.top + 10) + "px";
    tip.style.display = "block";
  }
  function hideTip() { tip.style.display = "none"; }

  data.nodes.forEach(function (n, i) {
    n.index = i;
    n.circle.addEventListener("pointerenter", function (event) {
      showTip(event, n.name + " (" + n.id + ")\ncommunity " + (n.community || "–") + "\n" + n.partners +
        " partners, " + n.meetings + " meetings with them (" + periodLabel() + ")");
    });
    n.circle.addEventListener("pointerleave", hideTip);
  });
  data.edges.forEach(function (e) {
    e.line.addEventListener("pointerenter", function (event) {
      showTip(event, data.nodes[e.s].id + " – " + data.nodes[e.t].id + ": " + e.count + " meetings (" + periodLabel() + ")" +
        (e.bodies ? "\nin " + e.bodies : ""));
    });
    e.line.addEventListener("pointerleave", hideTip);
  });

  // Dragging: a state moves; the background pans. A press that hardly moves is a click.
  var view = {x: 0, y: 0, scale: 1};
  function applyView() {
    viewport.setAttribute("transform", "translate(" + view.x + " " + view.y + ") scale(" + view.scale + ")");
  }
  function svgPoint(event) {
    var p = svg.createSVGPoint();
    p.x = event.clientX; p.y = event.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  var drag = null;
  svg.addEventListener("pointerdown", function (event) {
    var target = data.nodes.filter(function (n) { return n.circle === event.target; })[0] || null;
    var at = svgPoint(event);
    drag = {node: target, start: at, moved: false, view: {x: view.x, y: view.y}};
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", function (event) {
    if (!drag) return;
    var at = svgPoint(event);
    var dx = at.x - drag.start.x, dy = at.y - drag.start.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    if (!drag.moved) return;
    hideTip();
    if (drag.node) {
      drag.node.px += dx / view.scale; drag.node.py += dy / view.scale;
      drag.start = at;
      place(drag.node);
    } else {
      view.x = drag.view.x + dx; view.y = drag.view.y + dy;
      applyView();
    }
  });
  svg.addEventListener("pointerup", function () {
    if (drag && !drag.moved) select(drag.node && drag.node !== selected ? drag.node : null);
    drag = null;
  });
  svg.addEventListener("wheel", function (event) {
    event.preventDefault();
    var at = svgPoint(event);
    var factor = event.deltaY < 0 ? 1.15 : 1 / 1.15;
    var scale = Math.min(8, Math.max(0.3, view.scale * factor));
    view.x = at.x - (at.x - view.x) * scale / view.scale;
    view.y = at.y - (at.y - view.y) * scale / view.scale;
    view.scale = scale;
    applyView();
  }, {passive: false});

  // The period: sliders, and the address (#years=2014-2016 or #years=2015).
  function yearIndex(year) {
    // Years run without gaps from the first to the last, so a year's index is its
    // distance from the first; years outside are held to the ends.
    var index = Number(year) - Number(years[0]);
    return Math.min(years.length - 1, Math.max(0, index));
  }
  function readHash() {
    var match = /years=(\d{4})(?:-(\d{4}))?/.exec(window.location.hash);
    if (!match || !years.length) return;
    period.from = yearIndex(match[1]);
    period.to = Math.max(period.from, yearIndex(match[2] || match[1]));
    if (undatedInput) undatedInput.checked = false;  // a period holds no undated meeting
    if (fromInput) { fromInput.value = period.from; toInput.value = period.to; }
  }
  if (fromInput && years.length) {
    [fromInput, toInput].forEach(function (input) {
      input.min = 0; input.max = years.length - 1;
    });
    fromInput.value = period.from; toInput.value = period.to;
    fromInput.addEventListener("input", function () {
      period.from = Number(fromInput.value);
      if (period.to < period.from) { period.to = period.from; toInput.value = period.to; }
      update();
    });
    toInput.addEventListener("input", function () {
      period.to = Number(toInput.value);
      if (period.from > period.to) { period.from = period.to; fromInput.value = period.from; }
      update();
    });
  }
  if (undatedInput) undatedInput.addEventListener("change", update);
  window.addEventListener("hashchange", function () { readHash(); update(); });

  readHash();
  applyView();
  update();
  svg.setAttribute("data-drawn", data.nodes.length);
})();
