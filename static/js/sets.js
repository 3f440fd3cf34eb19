// Question set page: copy the share link, and drag items to reorder them (the
// up/down buttons do the same without a mouse or without JavaScript).
(function () {
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var field = document.querySelector(button.dataset.copy);
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = "Copied";
    }, function () {
      field.select();
    });
  });

  var dragged = null;
  document.addEventListener("dragstart", function (event) {
    dragged = event.target.closest(".set-items li[draggable]");
  });
  document.addEventListener("dragover", function (event) {
    if (dragged && event.target.closest(".set-items li")) event.preventDefault();
  });
  document.addEventListener("drop", function (event) {
    var target = event.target.closest(".set-items li");
    if (!dragged || !target || target === dragged) return;
    event.preventDefault();
    var list = target.parentElement;
    var after = event.clientY > target.getBoundingClientRect().top + target.offsetHeight / 2;
    list.insertBefore(dragged, after ? target.nextSibling : target);
    var order = Array.prototype.map.call(list.children, function (li) { return li.dataset.slug; });
    htmx.ajax("POST", list.dataset.reorderUrl, {
      target: "#set-items", swap: "outerHTML", values: { order: order },
    });
    dragged = null;
  });
})();
