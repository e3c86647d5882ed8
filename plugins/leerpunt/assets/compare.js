/* Compare view: shows the approaches named in ?a=<toolkit>/<slug> side by side (2 to 4). Their
 * data is one small JSON file per toolkit (named in the page), fetched only for the toolkits
 * asked for. The figures' HTML is generated at build time from the one scale definition;
 * titles and summaries are inserted as text. */
(function () {
  "use strict";

  function requested(files) {
    return new URLSearchParams(window.location.search).getAll("a")
      .filter(function (id, i, all) {
        return all.indexOf(id) === i && Object.prototype.hasOwnProperty.call(files, id.split("/")[0]);
      });
  }

  function load(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  function card(item) {
    var article = document.createElement("article");
    article.className = "lp-compare__item";
    article.setAttribute("role", "listitem");
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
    article.appendChild(heading);
    article.appendChild(meta);
    article.appendChild(figures);
    article.appendChild(summary);
    return article;
  }

  function init(root) {
    var files = JSON.parse(document.getElementById("lp-compare-data").textContent).bestanden;
    var max = parseInt(root.getAttribute("data-max"), 10) || 4;
    var ids = requested(files);
    if (ids.length < 2) return;
    var status = root.querySelector(".lp-compare__status");
    var toolkits = ids.map(function (id) { return id.split("/")[0]; })
      .filter(function (toolkit, i, all) { return all.indexOf(toolkit) === i; });
    status.textContent = "De aanpakken worden geladen…";
    status.hidden = false;
    Promise.all(toolkits.map(function (toolkit) { return load(files[toolkit]); })).then(function (parts) {
      var data = Object.assign.apply(null, [{}].concat(parts));
      var shown = ids.filter(function (id) { return Object.prototype.hasOwnProperty.call(data, id); }).slice(0, max);
      status.hidden = true;
      if (shown.length < 2) return;
      var grid = root.querySelector(".lp-compare__grid");
      shown.forEach(function (id) { grid.appendChild(card(data[id])); });
      grid.style.setProperty("--lp-columns", String(shown.length));
      grid.hidden = false;
      root.querySelector(".lp-compare__empty").hidden = true;
    }).catch(function () {
      status.textContent = "De aanpakken konden niet geladen worden. Laad de pagina opnieuw.";
    });
  }

  function start() { document.querySelectorAll("[data-lp-compare]").forEach(init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
