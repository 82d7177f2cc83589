// Abdi guidance: the first-login tour (driver.js, vendored) and the feedback form's htmx
// answers. No inline code (strict CSP); every page works without this file.
(function () {
  "use strict";

  function csrfToken() {
    try { return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || ""; }
    catch (e) { return ""; }
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = String(text || "");
    return div.innerHTML;
  }

  function visible(element) {
    return !!element && element.getClientRects().length > 0;
  }

  function startTour() {
    var data = document.getElementById("guidance-tour");
    if (!data || !window.driver || !window.driver.js) return;
    var tour = JSON.parse(data.textContent);
    var steps = tour.steps.map(function (step) {
      var element = document.querySelector('[data-tour="' + step.target + '"]');
      // A link hidden in the closed phone menu: the step is shown in the middle of the screen.
      return {element: visible(element) ? element : undefined,
              popover: {title: escapeHtml(step.title), description: escapeHtml(step.text)}};
    });
    var sent = false;
    var tourDriver = window.driver.js.driver({
      showProgress: true, allowClose: true, animate: false, steps: steps,
      nextBtnText: escapeHtml(tour.labels.next), prevBtnText: escapeHtml(tour.labels.previous),
      doneBtnText: escapeHtml(tour.labels.done), progressText: "{{current}} / {{total}}",
      onDestroyStarted: function () {
        if (!sent) {
          sent = true;
          var outcome = tourDriver.hasNextStep() ? "skipped" : "finished";
          var body = new URLSearchParams({version: String(tour.version), outcome: outcome});
          fetch(tour.done_url, {method: "POST", credentials: "same-origin", body: body,
                                headers: {"X-CSRFToken": csrfToken()}})
            .then(function (response) {
              if (response.ok) { document.body.setAttribute("data-tour-saved", outcome); }
            });
          document.body.setAttribute("data-tour-state", outcome);
        }
        tourDriver.destroy();
      }
    });
    document.body.setAttribute("data-tour-state", "running");
    tourDriver.drive();
  }

  // A refused feedback (400, 429) comes back as the form with its message: show it in place.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    var status = event.detail.xhr.status;
    if (target && target.closest && target.closest(".feedback-box") && status >= 400 && status < 500) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startTour);
  else startTour();
})();
