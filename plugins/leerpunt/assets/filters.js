/* Filters for a list of cards (projects, materials): every [data-lp-filter] block has a form of
 * <select name="x"> controls and items carrying data-x="value value …". The list is complete without
 * this script; with it, the form shows, the choice lives in the address (?x=value) so a filtered
 * list can be shared, and a live status says how many items are shown. All words come from the page. */
(function () {
  "use strict";

  function init(root) {
    var form = root.querySelector("form");
    var items = Array.prototype.slice.call(root.querySelectorAll("[data-lp-filter-items] > *"));
    var status = root.querySelector("[role=status]");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    form.hidden = false;

    function fromAddress() {
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        var wanted = params.get(select.name) || "";
        select.value = select.querySelector('option[value="' + CSS.escape(wanted) + '"]') ? wanted : "";
      });
    }

    function apply(remember) {
      var shown = 0;
      items.forEach(function (item) {
        var keep = selects.every(function (select) {
          return !select.value || (item.getAttribute("data-" + select.name) || "").split(" ").indexOf(select.value) >= 0;
        });
        item.hidden = !keep;
        if (keep) shown += 1;
      });
      status.textContent = shown + " " + root.getAttribute(shown === 1 ? "data-noun-one" : "data-noun-other");
      if (remember) {
        var url = new URL(window.location.href);
        selects.forEach(function (select) {
          if (select.value) url.searchParams.set(select.name, select.value);
          else url.searchParams.delete(select.name);
        });
        window.history.replaceState(null, "", url);
      }
    }

    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("reset", function () { window.setTimeout(function () { apply(true); }, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    fromAddress();
    apply(false);
  }

  document.querySelectorAll("[data-lp-filter]").forEach(init);
})();
