// The task list of a jabatan: with htmx present, add/edit/delete swap only the page body of the
// jabatan; a refused change (400, 403, 409) answers with the form and its message, which htmx
// would otherwise drop, so let those replace the body too. Without JavaScript the forms post.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.body.addEventListener("htmx:beforeSwap", function (event) {
      var code = event.detail.xhr.status;
      var elt = event.detail.elt;
      if ((code === 400 || code === 403 || code === 409) && elt && elt.closest &&
          elt.closest("[data-line-body]")) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
      }
    });
  });
})();
