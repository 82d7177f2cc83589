// Abdi: small behaviours, no inline scripts (strict CSP). Every page works without this file.
(function () {
  "use strict";
  // On wide screens the menu and filters are simply open; on phones they stay <details> toggles.
  var wide = window.matchMedia("(min-width: 48rem)");
  function syncMenu() {
    var menus = document.querySelectorAll("details.wide-open");
    for (var i = 0; i < menus.length; i++) { if (wide.matches) menus[i].open = true; }
  }
  // Buttons and links with data-confirm ask before acting (e.g. deleting).
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-confirm]") : null;
    if (target && !window.confirm(target.getAttribute("data-confirm"))) event.preventDefault();
  });
  document.addEventListener("DOMContentLoaded", syncMenu);
  if (wide.addEventListener) wide.addEventListener("change", syncMenu);
})();
