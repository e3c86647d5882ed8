/* Stel je eigen kaartenset samen: keep the choice in the address and lay the chosen cards out on
   A4 sheets of four for the browser's print: fronts in reading order, backs mirrored left-right
   (long-edge duplex turns a portrait sheet around its vertical axis). */
(function () {
  "use strict";
  var root = document.querySelector("[data-lp-set]");
  if (!root) return;
  var boxes = Array.prototype.slice.call(root.querySelectorAll('input[name="kaart"]'));
  var sheets = root.querySelector("[data-sheets]");
  var status = root.querySelector("#lp-set-status");
  var MIRROR = [1, 0, 3, 2];
  document.body.appendChild(sheets);  // printed on their own: the stylesheet hides the rest of the page

  function chosen() {
    return boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
  }

  function face(kind, id, number, total) {
    var source = root.querySelector("[data-" + kind + '="' + CSS.escape(id) + '"]');
    if (!source) return null;
    var copy = source.cloneNode(true);
    copy.removeAttribute("data-" + kind);
    Array.prototype.forEach.call(copy.querySelectorAll("[data-number]"), function (el) {
      el.textContent = number + "/" + total;
    });
    return copy;
  }

  function sheet(cells, side) {
    var page = document.createElement("div");
    page.className = "lp-sheet lp-sheet--" + side;
    cells.forEach(function (card, index) {
      var cell = document.createElement("div");
      cell.className = "lp-cell lp-cell--" + index;
      if (card) cell.appendChild(card);
      page.appendChild(cell);
    });
    return page;
  }

  function layout(ids) {
    sheets.textContent = "";
    for (var start = 0; start < ids.length; start += 4) {
      var group = ids.slice(start, start + 4);
      var fronts = [0, 1, 2, 3].map(function (i) {
        return group[i] ? face("front", group[i], start + i + 1, ids.length) : null;
      });
      var backs = MIRROR.map(function (i) {
        return group[i] ? face("back", group[i], start + i + 1, ids.length) : null;
      });
      sheets.appendChild(sheet(fronts, "voor"));
      sheets.appendChild(sheet(backs, "achter"));
    }
  }

  function update(remember) {
    var ids = chosen();
    layout(ids);
    var count = Math.ceil(ids.length / 4);
    status.textContent = ids.length
      ? ids.length + (ids.length === 1 ? " kaart" : " kaarten") + " gekozen: " + count + (count === 1 ? " blad" : " bladen") + " A4, dubbelzijdig."
      : "Nog geen kaarten gekozen.";
    if (remember) {
      var url = new URL(window.location.href);
      url.searchParams.delete("thema");
      if (ids.length) url.searchParams.set("kaarten", ids.join(","));
      else url.searchParams.delete("kaarten");
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    }
  }

  function choose(test) {
    boxes.forEach(function (box) { box.checked = test(box); });
    update(true);
  }

  var params = new URLSearchParams(window.location.search);
  var wanted = (params.get("kaarten") || "").split(",").filter(Boolean);
  var theme = params.get("thema");
  boxes.forEach(function (box) {
    box.checked = wanted.indexOf(box.value) >= 0 ||
      Boolean(theme && (box.getAttribute("data-themas") || "").split(" ").indexOf(theme) >= 0);
  });
  update(false);

  root.addEventListener("change", function () { update(true); });
  root.addEventListener("click", function (event) {
    var target = event.target.closest("button, a[data-thema]");
    if (!target) return;
    if (target.hasAttribute("data-thema")) {
      event.preventDefault();
      var key = target.getAttribute("data-thema");
      choose(function (box) { return (box.getAttribute("data-themas") || "").split(" ").indexOf(key) >= 0; });
    } else if (target.hasAttribute("data-all")) {
      var deck = root.querySelector('[data-deck="' + target.getAttribute("data-all") + '"]');
      var inDeck = Array.prototype.slice.call(deck.querySelectorAll('input[name="kaart"]'));
      var all = inDeck.every(function (box) { return box.checked; });
      inDeck.forEach(function (box) { box.checked = !all; });
      update(true);
    } else if (target.hasAttribute("data-clear")) {
      choose(function () { return false; });
    } else if (target.hasAttribute("data-print")) {
      if (!chosen().length) { status.textContent = "Kies eerst minstens één kaart."; return; }
      window.print();
    }
  });
})();
