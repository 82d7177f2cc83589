// Saves each choice the moment it is made (JSON POST with a growing sequence number, so a late
// or replayed request can never overwrite a newer answer), keeps unsent choices while offline and
// sends them when the connection returns, and shows the time the server holds.
(function () {
  "use strict";
  var root = document.getElementById("exam");
  if (!root) return;
  var form = root.querySelector("form.options");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var seq = parseInt(root.dataset.seq, 10) || 1;
  var remaining = parseInt(root.dataset.remaining, 10) || 0;
  var clock = document.getElementById("clock");
  var saved = document.getElementById("saved");
  var offline = document.getElementById("offline");
  var pending = {}; // question id -> {question, option, seq}
  var KEY = "cat-pending";

  try { pending = JSON.parse(sessionStorage.getItem(KEY) || "{}") || {}; } catch (e) { pending = {}; }
  function keep() { try { sessionStorage.setItem(KEY, JSON.stringify(pending)); } catch (e) {} }

  function show(seconds) {
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    clock.textContent = (h ? h + ":" : "") + (m < 10 && h ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
  }

  function markGrid(qid, answered) {
    var link = root.querySelector(".exam-grid a[data-qid='" + qid + "']");
    if (link) link.classList.toggle("answered", answered);
    document.getElementById("answered").textContent = root.querySelectorAll(".exam-grid a.answered").length;
  }

  var inflight = {}; // "question:seq" being sent now: never the same request twice at once

  function send(item) {
    var key = item.question + ":" + item.seq;
    if (inflight[key]) return;
    inflight[key] = true;
    return fetch(root.dataset.answerUrl, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json"},
      body: JSON.stringify(item)
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        delete inflight[key];
        if (data === null) {
          // Not the exam's answer (a proxy's error page, an overloaded server): the choice stays
          // pending and is sent again shortly, as when the network is down.
          setTimeout(flush, 2000);
          return;
        }
        if (pending[item.question] && pending[item.question].seq === item.seq) {
          delete pending[item.question]; keep();
        }
        if (response.ok) {
          remaining = data.remaining; offline.hidden = true;
          saved.textContent = saved.dataset.ok || "\u2713";
        } else {
          saved.textContent = data.error || "";
          if (data.finished) window.location.href = root.dataset.resultUrl;
        }
        var label = form.querySelector(".option.pending");
        if (label) label.classList.remove("pending");
      });
    }, function () {
      delete inflight[key];
      offline.hidden = false; // no network: keep it and try again shortly (and on "online")
      setTimeout(flush, 2000);
    });
  }

  function flush() {
    Object.keys(pending).forEach(function (qid) { send(pending[qid]); });
  }

  form.addEventListener("change", function (event) {
    var input = event.target;
    if (input.name !== "option") return;
    form.querySelectorAll(".option").forEach(function (l) { l.classList.remove("chosen", "pending"); });
    input.closest(".option").classList.add("chosen", "pending");
    saved.textContent = "";
    var item = {question: parseInt(form.dataset.question, 10), option: parseInt(input.value, 10), seq: seq++};
    form.querySelector("input[name=seq]").value = seq;
    pending[item.question] = item; keep();
    markGrid(item.question, true);
    send(item);
  });

  // Moving on with the buttons must not re-post a choice already sent by the script.
  form.addEventListener("submit", function (event) {
    var go = event.submitter && event.submitter.value;
    event.preventDefault();
    if (go) window.location.href = "?n=" + go;
  });

  function sync() {
    fetch(root.dataset.clockUrl, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        offline.hidden = true;
        if (data.finished) { window.location.href = root.dataset.resultUrl; return; }
        if (typeof data.remaining === "number") remaining = data.remaining;
        flush();
      }, function () { offline.hidden = false; });
  }

  show(remaining);
  setInterval(function () {
    remaining = Math.max(0, remaining - 1);
    show(remaining);
    if (remaining === 0) sync();
  }, 1000);
  setInterval(sync, 15000);
  window.addEventListener("online", sync);
  flush();
})();
