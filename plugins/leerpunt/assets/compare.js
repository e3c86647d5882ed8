/* Compare view: shows the approaches named in ?a=<id> side by side (2 to 4). The figures' HTML
 * is generated at build time from the one scale definition; titles are inserted as text. */
(function () {
  "use strict";

  function init(root) {
    var data = JSON.parse(document.getElementById("lp-compare-data").textContent);
    var max = parseInt(root.getAttribute("data-max"), 10) || 4;
    var ids = new URLSearchParams(window.location.search).getAll("a")
      .filter(function (id, i, all) { return data.hasOwnProperty(id) && all.indexOf(id) === i; })
      .slice(0, max);
    if (ids.length < 2) return;
    var grid = root.querySelector(".lp-compare__grid");
    ids.forEach(function (id) {
      var item = data[id];
      var card = document.createElement("article");
      card.className = "lp-compare__item";
      card.setAttribute("role", "listitem");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.titel;
      heading.appendChild(link);
      var meta = document.createElement("p");
      meta.className = "lp-meta";
      meta.textContent = item.toolkit + " · " + item.niveaus;
      var figures = document.createElement("div");
      figures.innerHTML = item.figuren;  // built at build time from escaped values
      var summary = document.createElement("p");
      summary.textContent = item.samenvatting;
      card.appendChild(heading);
      card.appendChild(meta);
      card.appendChild(figures);
      card.appendChild(summary);
      grid.appendChild(card);
    });
    grid.style.setProperty("--lp-columns", String(ids.length));
    grid.hidden = false;
    root.querySelector(".lp-compare__empty").hidden = true;
  }

  function start() { document.querySelectorAll("[data-lp-compare]").forEach(init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
