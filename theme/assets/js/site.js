// Progressive enhancement only: checklists work without this file (the boxes tick; they are just not remembered).
// With it, ticks are kept in this browser's localStorage, never sent anywhere, and can be cleared or printed.
(function () {
  "use strict";
  var list = document.querySelector("[data-checklist]");
  var tools = list && list.querySelector(".checklist__tools");
  if (!tools) { return; }
  var key = "clinicsite:checklist:" + list.getAttribute("data-checklist");
  var boxes = [].slice.call(list.querySelectorAll(".checklist__items input[type=checkbox]"));
  var status = tools.querySelector(".checklist__status");

  // Ticks are remembered by the item's wording, so an edited or reordered list never ticks the wrong item.
  function text(box) { var l = box.labels && box.labels[0]; return (l ? l.textContent : box.id).trim(); }
  function done() { return boxes.filter(function (b) { return b.checked; }); }
  function say(message) { status.textContent = message; }
  function count() { return done().length + " of " + boxes.length + " ticked"; }

  function save() {
    var ticked = done().map(text);
    try {
      if (ticked.length) { localStorage.setItem(key, JSON.stringify(ticked)); } else { localStorage.removeItem(key); }
    } catch (e) { /* storage off: ticks last for this visit only */ }
    say(count());
  }

  var saved = [];
  try { saved = JSON.parse(localStorage.getItem(key) || "[]"); } catch (e) { saved = []; }
  boxes.forEach(function (box) {
    if (saved.indexOf(text(box)) !== -1) { box.checked = true; }
    box.addEventListener("change", save);
  });
  if (done().length) { say(count()); }

  tools.hidden = false;
  tools.addEventListener("click", function (event) {
    var action = event.target.closest && event.target.closest("[data-action]");
    action = action && action.getAttribute("data-action");
    if (action === "print") { window.print(); }
    if (action === "clear") {
      boxes.forEach(function (b) { b.checked = false; });
      save();
      say("All ticks cleared.");
    }
  });
})();
