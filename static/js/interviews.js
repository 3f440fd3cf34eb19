// Mock interviews: countdowns, keyboard shortcuts in the console and the review, printing.
(function () {
  "use strict";

  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function clock(seconds) { return Math.floor(seconds / 60) + ":" + pad(seconds % 60); }

  // The deadline comes from the server; the page only counts down to it.
  function tick() {
    document.querySelectorAll("[data-deadline]").forEach(function (timer) {
      var left = Math.round((Date.parse(timer.dataset.deadline) - Date.now()) / 1000);
      var text = timer.querySelector(".timer-text");
      if (left >= 0) {
        text.textContent = clock(left) + " left for this question";
        timer.classList.toggle("timer-low", left < 60);
        timer.classList.remove("timer-over");
      } else {
        text.textContent = "Over time by " + clock(-left);
        timer.classList.add("timer-over");
      }
    });
  }
  setInterval(tick, 1000);
  document.addEventListener("DOMContentLoaded", tick);
  document.body && document.body.addEventListener("htmx:afterSettle", tick);

  function typingIn(target) {
    return /^(TEXTAREA|INPUT|SELECT)$/.test(target.tagName) && target.type !== "radio" && target.type !== "checkbox"
      || target.isContentEditable;
  }

  function click(element) {
    if (element && !element.disabled) { element.click(); return true; }
    return false;
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.repeat) return;
    var key = event.key;
    // Ctrl+Enter in the answer box: next question (solo).
    if (key === "Enter" && (event.ctrlKey || event.metaKey)) {
      if (click(document.querySelector('#stage [data-go="next"]'))) event.preventDefault();
      return;
    }
    if (event.ctrlKey || event.metaKey || typingIn(event.target)) return;
    var console_ = document.getElementById("assess");
    if (console_) {
      if (/^[1-4]$/.test(key)) {
        var radio = console_.querySelector('input[name="score"][value="' + key + '"]');
        if (radio) {
          event.preventDefault();
          radio.checked = true;
          radio.dispatchEvent(new Event("change", { bubbles: true }));
          radio.focus();
        }
      } else if (key === "n" || key === "N") {
        if (click(console_.querySelector('[data-go="next"]'))) event.preventDefault();
      } else if (key === "p" || key === "P") {
        if (click(console_.querySelector('[data-go="previous"]'))) event.preventDefault();
      }
      return;
    }
    if (document.getElementById("review") && /^[1-4]$/.test(key)) {
      var open = ratingInView();
      if (open && click(open.querySelector('[data-rating="' + key + '"]'))) event.preventDefault();
    }
  });

  // The answer being read: the one holding focus, else the first unrated one on screen.
  // Rating boxes that still have their buttons.
  function unrated() {
    return Array.prototype.filter.call(document.querySelectorAll(".rating"), function (box) {
      return box.querySelector("[data-rating]");
    });
  }

  function ratingInView() {
    var focused = document.activeElement && document.activeElement.closest(".review-item");
    var rating = focused && focused.querySelector(".rating");
    if (rating && rating.querySelector("[data-rating]")) return rating;
    var open = unrated();
    for (var i = 0; i < open.length; i++) {
      var box = open[i].closest(".review-item").getBoundingClientRect();
      if (box.bottom > 0 && box.top < window.innerHeight) return open[i];
    }
    return null;
  }

  // Forms that create or end something are sent once, whatever the clicking.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("[data-once]")) return;
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = "1";
    // After this tick, so the clicked button's name and value still go with the form.
    setTimeout(function () {
      form.querySelectorAll("button").forEach(function (button) { button.disabled = true; });
    }, 0);
  });

  // When the interviewer moves on, the answer typed since the last save goes first.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (!event.detail.target || event.detail.target.id !== "stage") return;
    var box = document.getElementById("typed-answer");
    if (box && box.value !== box.defaultValue && navigator.sendBeacon) {
      navigator.sendBeacon(box.form.action, new FormData(box.form));
    }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var box = document.getElementById("typed-answer");
    if (box && event.detail.elt === box.form && event.detail.successful) box.defaultValue = box.value;
  });

  // After rating one answer, move on to the next one still to rate (after settling:
  // until then the new box still carries the old one's classes).
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.target;
    if (target && target.classList && target.classList.contains("rating")) {
      var next = unrated()[0];
      var item = next && next.closest(".review-item");
      var heading = item && item.querySelector("h2");
      if (heading) {
        heading.setAttribute("tabindex", "-1");
        heading.focus();
      }
    }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (target && target.id === "stage") {
      var prompt = document.getElementById("prompt");
      if (prompt) prompt.focus({ preventScroll: true });
    }
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });
})();
