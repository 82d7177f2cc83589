// Daily activities on a phone: the diary form is sent with fetch; when the network is gone the
// entry waits on the phone (its text in localStorage, its evidence file in IndexedDB, which can
// hold files) and is sent again, in order, once the phone is online. Each entry carries its own client_key, so a resend is never a second entry.
// The validation queue gets "choose all" and keeps refused rows visible. Without this file
// both pages work as plain forms.
(function () {
  "use strict";

  var TEXT_FIELDS = ["indicator", "date", "description", "quantity", "minutes", "evidence_link",
                     "latitude", "longitude", "client_key"];

  function newKey() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16), i;
    if (window.crypto && window.crypto.getRandomValues) {
      window.crypto.getRandomValues(bytes);
    } else {
      for (i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;  // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80;  // RFC 4122 variant
    var hex = [];
    for (i = 0; i < 16; i++) hex.push((bytes[i] + 0x100).toString(16).slice(1));
    return [hex.slice(0, 4).join(""), hex.slice(4, 6).join(""), hex.slice(6, 8).join(""),
            hex.slice(8, 10).join(""), hex.slice(10).join("")].join("-");
  }

  // --- the queue kept on the phone ------------------------------------------------------

  function load(key) {
    try {
      var list = JSON.parse(window.localStorage.getItem(key) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function store(key, list) {
    try {
      if (list.length) window.localStorage.setItem(key, JSON.stringify(list));
      else window.localStorage.removeItem(key);
      return true;
    } catch (e) {
      return false;  // private mode or a full storage
    }
  }

  // --- evidence files kept on the phone ------------------------------------------------
  // localStorage holds only text; IndexedDB keeps the File itself, keyed by the entry's
  // client_key. Where IndexedDB is missing (old or private browsers) the file is dropped and
  // the citizen is told, as before.

  var FILE_DB = "abdi-diary-files", FILE_STORE = "files";

  function openFiles() {
    return new Promise(function (resolve) {
      var request;
      try { request = window.indexedDB.open(FILE_DB, 1); } catch (e) { resolve(null); return; }
      request.onupgradeneeded = function () { request.result.createObjectStore(FILE_STORE); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = request.onblocked = function () { resolve(null); };
    });
  }

  // Runs one request on the file store; resolves with its result, or null when anything fails.
  function onFiles(mode, operation) {
    if (!window.indexedDB || !window.Promise) return Promise.resolve(null);
    return openFiles().then(function (db) {
      if (!db) return null;
      return new Promise(function (resolve) {
        var request;
        try {
          var transaction = db.transaction(FILE_STORE, mode);
          request = operation(transaction.objectStore(FILE_STORE));
          transaction.oncomplete = function () { db.close(); resolve(request.result); };
          transaction.onerror = transaction.onabort = function () { db.close(); resolve(null); };
        } catch (e) {
          db.close();
          resolve(null);
        }
      });
    });
  }

  function keepFile(clientKey, file) {
    return onFiles("readwrite", function (files) {
      return files.put({blob: file, name: file.name || "bukti", type: file.type}, clientKey);
    }).then(function (stored) { return stored === clientKey; });
  }

  function keptFile(clientKey) {
    return onFiles("readonly", function (files) { return files.get(clientKey); });
  }

  function dropFile(clientKey) {
    return onFiles("readwrite", function (files) { return files.delete(clientKey); });
  }

  // One POST; the answer says whether the entry is done, refused for good, or to be retried.
  function post(url, data) {
    return window.fetch(url, {
      method: "POST", body: data, credentials: "same-origin",
      headers: {"Accept": "application/json", "X-Requested-With": "fetch"}
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) {
        // Not our answer: the login page after a redirect, a proxy's error, a CSRF failure.
        return {kind: "retry", login: response.redirected};
      }
      return response.json().then(function (body) {
        if (response.ok) return {kind: "done", body: body};
        if (response.status >= 400 && response.status < 500) return {kind: "refused", body: body};
        return {kind: "retry", body: body};
      }, function () { return {kind: "retry"}; });
    }, function () {
      return {kind: "retry"};  // the network failed
    });
  }

  function Diary(root) {
    var form = root.querySelector("[data-diary-form]");
    var status = root.querySelector("[data-diary-status]");
    var pending = root.querySelector("[data-pending]");
    var count = root.querySelector("[data-pending-count]");
    var key = root.getAttribute("data-queue-key");
    var url = form.getAttribute("action");
    var busy = false, flushing = false;

    function msg(name) { return root.getAttribute("data-msg-" + name) || ""; }

    function say(text, level) {
      if (!status) return;
      status.className = "msg" + (level ? " msg-" + level : "");
      status.setAttribute("role", level === "error" ? "alert" : "status");
      status.textContent = text;
      status.hidden = !text;
    }

    function field(name) { return form.elements.namedItem(name); }

    function updatePending() {
      var n = load(key).length;
      if (count) count.textContent = String(n);
      if (pending) pending.hidden = n === 0;
    }

    function clearErrors() {
      var old = form.querySelectorAll("[data-js-error]");
      for (var i = 0; i < old.length; i++) old[i].parentNode.removeChild(old[i]);
    }

    function showErrors(body) {
      clearErrors();
      var errors = (body && body.errors) || {};
      Object.keys(errors).forEach(function (name) {
        var input = field(name);
        var box = input && input.closest ? input.closest(".field") : null;
        if (!box) return;
        errors[name].forEach(function (text) {
          var small = document.createElement("small");
          small.className = "error";
          small.setAttribute("data-js-error", "");
          small.textContent = text;
          box.appendChild(small);
        });
      });
      say((body && body.message) || "", "error");
    }

    function snapshot() {
      var entry = {};
      TEXT_FIELDS.forEach(function (name) {
        var input = field(name);
        entry[name] = input ? String(input.value || "") : "";
      });
      return entry;
    }

    // A clean form for the next entry: same indicator and day, a fresh key, no location.
    function resetForm() {
      var indicator = field("indicator").value, day = field("date").value;
      form.reset();
      field("indicator").value = indicator;
      field("date").value = day;
      field("latitude").value = "";
      field("longitude").value = "";
      field("client_key").value = newKey();
      var located = root.querySelector("[data-locate-status]");
      if (located) located.textContent = "";
      clearErrors();
    }

    function refreshRecent() {
      var target = document.getElementById("recent");
      if (window.htmx && target) {
        window.htmx.ajax("GET", root.getAttribute("data-recent-url"),
                         {target: target, swap: "innerHTML"});
      }
    }

    // The entry goes in the queue only after its file is stored (or known to be dropped).
    function keep(entry, file, login) {
      var maxBytes = parseInt(root.getAttribute("data-max-evidence-bytes") || "0", 10);
      var fits = file && (!maxBytes || file.size <= maxBytes);
      (fits ? keepFile(entry.client_key, file) : Promise.resolve(false)).then(function (kept) {
        if (kept) entry.has_file = "1";
        var list = load(key);
        list.push(entry);
        if (!store(key, list)) {
          if (kept) dropFile(entry.client_key);
          say(msg("not-stored"), "error");
          return;
        }
        var text = login ? msg("login") : msg("queued");
        if (file) text += " " + msg(kept ? "file-kept" : "file-dropped");
        say(text, "warning");
        resetForm();
        updatePending();
      });
    }

    // Resolves with the FormData of a kept entry, its file included when one was kept.
    function formData(entry) {
      var data = new FormData();
      data.append("csrfmiddlewaretoken", field("csrfmiddlewaretoken").value);
      TEXT_FIELDS.forEach(function (name) { data.append(name, entry[name] || ""); });
      if (!entry.has_file) return Promise.resolve(data);
      return keptFile(entry.client_key).then(function (kept) {
        if (kept && kept.blob) data.append("evidence", kept.blob, kept.name);
        return data;
      });
    }

    function forget(clientKey) {
      store(key, load(key).filter(function (e) { return e.client_key !== clientKey; }));
      dropFile(clientKey);
      updatePending();
    }

    // Send the kept entries oldest first; stop at the first that cannot go through yet.
    function flush() {
      if (flushing || busy || navigator.onLine === false || !load(key).length) return;
      flushing = true;
      var sent = 0, refused = [];
      function finish(result) {
        flushing = false;
        updatePending();
        if (refused.length) say(msg("refused") + " " + refused.join(" "), "error");
        else if (result && result.login) say(msg("login"), "warning");
        else if (sent) say(msg("sent"), "success");
        if (sent) refreshRecent();
      }
      (function next() {
        var list = load(key);
        if (!list.length) { finish(); return; }
        var entry = list[0];
        formData(entry).then(function (data) {
          return post(url, data);
        }).then(function (result) {
          if (result.kind === "retry") { finish(result); return; }
          if (result.kind === "refused") {
            var text = (result.body && result.body.message) || "";
            refused.push("\u201c" + String(entry.description).slice(0, 60) + "\u201d: " + text);
          } else {
            sent += 1;
          }
          forget(entry.client_key);
          next();
        });
      })();
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy) return;
      var entry = snapshot();
      var input = field("evidence");
      var file = input && input.files && input.files.length ? input.files[0] : null;
      if (navigator.onLine === false) { keep(entry, file, false); return; }
      busy = true;
      clearErrors();
      say(msg("sending"));
      var button = form.querySelector("[type=submit]");
      if (button) button.disabled = true;
      post(url, new FormData(form)).then(function (result) {
        busy = false;
        if (button) button.disabled = false;
        if (result.kind === "done") {
          say(result.body.message, "success");
          resetForm();
          refreshRecent();
          flush();
        } else if (result.kind === "refused") {
          showErrors(result.body);  // the form keeps what was typed, to be corrected
        } else {
          keep(entry, file, result.login);
        }
      });
    });

    // Location, only when asked for and only where the phone can tell it.
    var locateBox = root.querySelector("[data-locate-box]");
    var locate = root.querySelector("[data-locate]");
    var located = root.querySelector("[data-locate-status]");
    if (locateBox && locate && navigator.geolocation) {
      locateBox.hidden = false;
      if (field("latitude").value) located.textContent = msg("located");
      locate.addEventListener("click", function () {
        located.textContent = msg("locating");
        navigator.geolocation.getCurrentPosition(function (position) {
          field("latitude").value = position.coords.latitude.toFixed(6);
          field("longitude").value = position.coords.longitude.toFixed(6);
          located.textContent = msg("located") + " (\u00b1" +
            Math.round(position.coords.accuracy) + " m)";
        }, function () {
          located.textContent = msg("no-location");
        }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
      });
    }

    var sendNow = root.querySelector("[data-send-now]");
    if (sendNow) sendNow.addEventListener("click", flush);
    window.addEventListener("online", flush);
    window.addEventListener("offline", function () { say(msg("offline"), "warning"); });
    // A page kept in the browser's cache may carry a key already used: every page view gets
    // its own (the server's key serves the page without this script).
    field("client_key").value = newKey();
    updatePending();
    flush();
  }

  // --- the validation queue -------------------------------------------------------------

  function validationQueue() {
    // "Choose all" exists only with this script; the boxes work one by one without it.
    document.addEventListener("change", function (event) {
      var all = event.target.closest ? event.target.closest("[data-check-all]") : null;
      if (!all) return;
      var boxes = document.querySelectorAll("input[name=ids][form=bulk-form]");
      for (var i = 0; i < boxes.length; i++) boxes[i].checked = all.checked;
    });
    var alls = document.querySelectorAll("[data-check-all]");
    for (var i = 0; i < alls.length; i++) alls[i].hidden = false;
    // A refused approval (already handled, not allowed, no reason) answers with the row and
    // its message; htmx would drop a 4xx answer, so let these replace the row.
    document.body.addEventListener("htmx:beforeSwap", function (event) {
      var code = event.detail.xhr.status;
      var elt = event.detail.elt;
      if ((code === 400 || code === 403 || code === 409) && elt && elt.closest &&
          elt.closest("[data-validation]")) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
      }
    });
  }

  function start() {
    var root = document.querySelector("[data-diary]");
    if (root && root.querySelector("[data-diary-form]") && window.fetch && window.FormData) {
      Diary(root);
    }
    if (document.querySelector("[data-validation]")) validationQueue();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
