// The bank: after htmx swaps in another page of results (or clears a filter), focus
// moves to the results, as it would after a full page load to #results. Typing in the
// search box swaps results too, but keeps the focus where the user is typing.
(function () {
  "use strict";
  var moveFocus = false;
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[hx-get]");
    moveFocus = Boolean(link && link.closest("#results"));
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!moveFocus) return;
    moveFocus = false;
    var results = document.getElementById("results");
    if (results) {
      results.focus();
      results.scrollIntoView({ block: "start" });
    }
  });
})();
