// Check-in on the phone: ask the browser for a precise position, put it into the form and send
// it. Without geolocation (old phone, permission refused) the employee is told why, in the
// page's language (the messages come from data- attributes of the form).
(function () {
  "use strict";
  function start(form) {
    var status = document.getElementById("check-in-status");
    var button = form.querySelector("button[type=submit]");
    form.addEventListener("submit", function (event) {
      if (form.dataset.located === "yes") { return; }
      event.preventDefault();
      if (!navigator.geolocation) { status.textContent = form.dataset.msgUnsupported; return; }
      button.disabled = true;
      status.textContent = form.dataset.msgLocating;
      navigator.geolocation.getCurrentPosition(function (position) {
        form.elements.latitude.value = position.coords.latitude;
        form.elements.longitude.value = position.coords.longitude;
        form.elements.accuracy.value = position.coords.accuracy;
        form.dataset.located = "yes";
        form.submit();
      }, function () {
        button.disabled = false;
        status.textContent = form.dataset.msgDenied;
      }, {enableHighAccuracy: true, timeout: 20000, maximumAge: 0});
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("check-in-form");
    if (form) { start(form); }
  });
})();
