/* Draws every <canvas data-chart="ID"> from the JSON in <script type="application/json" id="ID">
   (Django's json_script), with the vendored Chart.js. The JSON is
   {"type": "line"|"bar", "labels": [...], "datasets": [{"label": "...", "data": [...]}],
    "y": {"min": 25, "max": 100}}; pages keep a table of the same figures for screen readers and
   for phones without JavaScript. Re-run after htmx swaps. */
(function () {
  "use strict";
  var palette = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a16207"];

  function draw(canvas) {
    if (canvas.dataset.drawn || typeof Chart === "undefined") return;
    var source = document.getElementById(canvas.dataset.chart);
    if (!source) return;
    var spec;
    try { spec = JSON.parse(source.textContent); } catch (e) { return; }
    var datasets = (spec.datasets || []).map(function (set, i) {
      var colour = set.color || palette[i % palette.length];
      return {label: set.label, data: set.data, borderColor: colour, backgroundColor: colour,
              spanGaps: true, tension: 0.2};
    });
    var y = spec.y || {};
    new Chart(canvas, {
      type: spec.type || "line",
      data: {labels: spec.labels || [], datasets: datasets},
      options: {responsive: true, maintainAspectRatio: false, animation: false,
                scales: {y: {min: y.min, max: y.max}},
                plugins: {legend: {display: datasets.length > 1}}}
    });
    canvas.dataset.drawn = "1";
  }

  function drawAll(root) {
    (root || document).querySelectorAll("canvas[data-chart]").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
  document.addEventListener("htmx:afterSettle", function (event) { drawAll(event.target); });
})();
