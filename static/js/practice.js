// Practice without a mouse: Space/Enter shows the answer, 1-4 grade it, Ctrl+Z undoes.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    var card = document.getElementById("practice-card");
    if (!card || event.altKey || event.repeat) return;
    var target = event.target;
    var typing = /^(TEXTAREA|INPUT|SELECT)$/.test(target.tagName) || target.isContentEditable;
    // Ctrl+Enter shows the answer from inside the answer box.
    var submitTyped = event.key === "Enter" && (event.ctrlKey || event.metaKey);
    // Ctrl+Z takes the last grade back, except where it undoes typing.
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && !typing) {
      var undo = card.querySelector('[data-action="undo"]');
      if (undo) {
        event.preventDefault();
        undo.click();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey) {
      if (!submitTyped) return;
      typing = false;
    }
    // Space or Enter on a focused button or link already activates it.
    if (/^(BUTTON|A)$/.test(target.tagName) && (event.key === " " || event.key === "Enter")) return;
    if ((event.key === " " || event.key === "Enter") && !typing) {
      var reveal = card.querySelector('[data-action="reveal"]');
      if (reveal) {
        event.preventDefault();
        reveal.click();
      }
      return;
    }
    if (!typing && /^[1-4]$/.test(event.key)) {
      var grade = card.querySelector('[data-rating="' + event.key + '"]');
      if (grade && !grade.disabled) {
        event.preventDefault();
        grade.click();
      }
    }
  });
  // After a swap, put focus on the new card so screen readers and Space follow along.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "practice-card") {
      var prompt = document.getElementById("prompt");
      if (prompt) {
        prompt.setAttribute("tabindex", "-1");
        prompt.focus({ preventScroll: true });
      }
    }
  });
})();

// A bookmark toggled with htmx comes back as a new button: keep the focus on it.
document.addEventListener("htmx:load", function (event) {
  var elt = event.detail.elt;
  if (elt.matches && elt.matches("form.bookmark") && document.activeElement === document.body) {
    var button = elt.querySelector("button");
    if (button) button.focus();
  }
});
