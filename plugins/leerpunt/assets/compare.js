/* Compare view: shows the approaches named in ?a=<toolkit>/<slug> side by side (2 to 4), as a
 * table with a column per approach and a row per criterion. Their data is one small JSON file
 * per toolkit (named in the page), fetched only for the toolkits asked for. The rows and their
 * headers come from the page; the figures' HTML is generated at build time from the one scale
 * definition (keys ending in _html); titles and other values are inserted as text. */
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

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function table(items, rows, caption) {
    var result = element("table", "lp-compare__table");
    result.style.setProperty("--lp-columns", String(items.length));
    result.appendChild(element("caption", "lp-sr", caption));
    var head = result.createTHead().insertRow();
    head.appendChild(element("td"));
    items.forEach(function (item) {
      var cell = element("th", "lp-compare__item");
      cell.scope = "col";
      var link = element("a", "", item.titel);
      link.href = item.url;
      cell.appendChild(link);
      head.appendChild(cell);
    });
    var body = result.createTBody();
    rows.forEach(function (row) {
      var line = body.insertRow();
      line.className = "lp-compare__row lp-compare__row--" + row[0];
      var header = element("th", "", row[1]);
      header.scope = "row";
      line.appendChild(header);
      items.forEach(function (item) {
        var cell = element("td");
        if (Object.prototype.hasOwnProperty.call(item, row[0] + "_html")) cell.innerHTML = item[row[0] + "_html"];
        else cell.textContent = item[row[0]];
        line.appendChild(cell);
      });
    });
    return result;
  }

  function init(root) {
    var island = JSON.parse(document.getElementById("lp-compare-data").textContent);
    var files = island.bestanden;
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
      var wrap = root.querySelector(".lp-compare__wrap");
      wrap.appendChild(table(shown.map(function (id) { return data[id]; }), island.rijen, island.bijschrift));
      wrap.hidden = false;
      root.querySelector(".lp-compare__empty").hidden = true;
    }).catch(function () {
      status.textContent = "De aanpakken konden niet geladen worden. Laad de pagina opnieuw.";
    });
  }

  function start() { document.querySelectorAll("[data-lp-compare]").forEach(init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
