/* Toolkit explorer: sort, filter, share the state in the URL, choose approaches to compare.
 * The table is complete without this script; all visible words come from the page itself.
 * Ticking an approach to compare changes nothing but that choice: rows are only moved when the
 * order or a filter changes, so the page never jumps and the ticked box keeps the focus. */
(function () {
  "use strict";

  function init(root) {
    var filters = root.querySelector(".lp-explorer__filters");
    var form = root.querySelector(".lp-explorer__controls");
    var table = root.querySelector(".lp-toolkit-table");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var status = root.querySelector(".lp-explorer__status");
    var bar = root.querySelector(".lp-explorer__bar");
    var compare = root.querySelector(".lp-explorer__compare");
    var max = parseInt(root.getAttribute("data-max-compare"), 10) || 4;
    document.documentElement.classList.add("lp-js");  // the template's inline script did this already

    function number(row, key, missing) {
      var value = row.getAttribute("data-" + key);
      return value === "" ? missing : parseInt(value, 10);
    }
    var orders = {
      impact: function (a, b) { return number(b, "impact", -99) - number(a, "impact", -99); },
      kosten: function (a, b) { return number(a, "kosten", 0) - number(b, "kosten", 0); },
      bewijs: function (a, b) { return number(b, "bewijssterkte", 0) - number(a, "bewijssterkte", 0); },
      titel: function () { return 0; }
    };
    function byTitle(a, b) { return a.getAttribute("data-titel").localeCompare(b.getAttribute("data-titel"), "nl"); }

    function readState() {
      var params = new URLSearchParams(window.location.search);
      var sort = params.get("sorteer");
      form.elements.sorteer.value = orders[sort] ? sort : "impact";
      var thema = params.get("thema") || "";
      form.elements.thema.value = form.querySelector('option[value="' + CSS.escape(thema) + '"]') ? thema : "";
      var niveaus = params.getAll("niveau");
      form.querySelectorAll('input[name="niveau"]').forEach(function (box) { box.checked = niveaus.indexOf(box.value) >= 0; });
      var chosen = params.getAll("vergelijk");
      body.querySelectorAll('input[name="vergelijk"]').forEach(function (box) { box.checked = chosen.indexOf(box.value) >= 0; });
    }

    function chosenNiveaus() {
      return Array.prototype.map.call(form.querySelectorAll('input[name="niveau"]:checked'), function (b) { return b.value; });
    }

    function chosenIds() {
      return Array.prototype.map.call(body.querySelectorAll('input[name="vergelijk"]:checked'), function (box) { return box.value; });
    }

    function state() {
      var params = new URLSearchParams();
      if (form.elements.sorteer.value !== "impact") params.set("sorteer", form.elements.sorteer.value);
      if (form.elements.thema.value) params.set("thema", form.elements.thema.value);
      chosenNiveaus().forEach(function (niveau) { params.append("niveau", niveau); });
      chosenIds().forEach(function (id) { params.append("vergelijk", id); });
      return params;
    }

    function sortAndFilter() {
      var sort = form.elements.sorteer.value;
      var thema = form.elements.thema.value;
      var niveaus = chosenNiveaus();
      var sorted = rows.slice().sort(function (a, b) { return orders[sort](a, b) || byTitle(a, b); });
      var moved = sorted.some(function (row, i) { return body.rows[i] !== row; });
      if (moved) sorted.forEach(function (row) { body.appendChild(row); });
      var shown = 0;
      rows.forEach(function (row) {
        var rowNiveaus = row.getAttribute("data-niveaus").split(" ");
        var ok = (!thema || row.getAttribute("data-themas").split(" ").indexOf(thema) >= 0) &&
          (niveaus.length === 0 || niveaus.some(function (n) { return rowNiveaus.indexOf(n) >= 0; }));
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      status.textContent = shown === rows.length ? rows.length + " aanpakken"
        : shown + " van de " + rows.length + " aanpakken";
      filters.querySelector(".lp-explorer__active").textContent = "(" + ((thema ? 1 : 0) + niveaus.length) + ")";
    }

    function share(push) {
      var query = state().toString();
      var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      if (push) window.history.replaceState(null, "", url);
      root.querySelectorAll(".lp-explorer__toolkit").forEach(function (link) {
        var base = link.getAttribute("href").split("?")[0];
        var keep = new URLSearchParams(query);
        keep.delete("vergelijk");
        keep.delete("thema");  // themes differ per toolkit; level and order carry over
        link.setAttribute("href", base + (keep.toString() ? "?" + keep.toString() : ""));
      });
    }

    function updateCompare() {
      var ids = chosenIds();
      body.querySelectorAll('input[name="vergelijk"]').forEach(function (box) {
        box.disabled = !box.checked && ids.length >= max;
      });
      var ready = ids.length >= 2;
      var params = new URLSearchParams();
      ids.forEach(function (id) { params.append("a", id); });
      compare.setAttribute("href", compare.getAttribute("href").split("?")[0] + (ready ? "?" + params.toString() : ""));
      compare.setAttribute("aria-disabled", ready ? "false" : "true");
      compare.querySelector(".lp-explorer__count").textContent = "(" + ids.length + ")";
      bar.hidden = ids.length === 0;
    }

    compare.addEventListener("click", function (event) {
      if (compare.getAttribute("aria-disabled") === "true") event.preventDefault();
    });
    form.addEventListener("change", function () { sortAndFilter(); share(true); });
    body.addEventListener("change", function () { updateCompare(); share(true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () {
      window.setTimeout(function () {
        body.querySelectorAll('input[name="vergelijk"]').forEach(function (box) { box.checked = false; });
        sortAndFilter();
        updateCompare();
        share(true);
      }, 0);
    });
    readState();
    sortAndFilter();
    updateCompare();
    share(false);
  }

  function start() { document.querySelectorAll("[data-lp-explorer]").forEach(init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
