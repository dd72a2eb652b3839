// Progressive enhancement only: the site works fully without this file.
// Checklist ticks are kept in this browser's localStorage and are never sent anywhere.
(function () {
  "use strict";
  var list = document.querySelector("[data-checklist]");
  if (!list) { return; }
  var key = "clinicsite:checklist:" + list.getAttribute("data-checklist");
  var boxes = Array.prototype.slice.call(list.querySelectorAll("input[type=checkbox]"));
  var tools = list.querySelector(".checklist__tools");
  var status = list.querySelector(".checklist__status");

  function read() {
    try { return JSON.parse(window.localStorage.getItem(key) || "[]"); } catch (e) { return []; }
  }
  function write() {
    var ticked = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.id; });
    try {
      if (ticked.length) { window.localStorage.setItem(key, JSON.stringify(ticked)); }
      else { window.localStorage.removeItem(key); }
    } catch (e) { /* storage may be disabled; ticks then last for this visit only */ }
    if (status) { status.textContent = ticked.length + " of " + boxes.length + " done"; }
  }

  var saved = read();
  boxes.forEach(function (box) {
    box.checked = saved.indexOf(box.id) !== -1;
    box.addEventListener("change", write);
  });
  if (status && saved.length) { status.textContent = saved.length + " of " + boxes.length + " done"; }

  if (tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (event) {
      var action = event.target && event.target.getAttribute("data-action");
      if (action === "print") { window.print(); }
      if (action === "clear") {
        boxes.forEach(function (b) { b.checked = false; });
        write();
        if (status) { status.textContent = "All ticks cleared"; }
      }
    });
  }
})();
