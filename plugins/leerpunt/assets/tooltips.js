/* Tile definitions show on hover and focus; Escape hides them until the pointer or focus leaves
 * (WCAG 2.2, 1.4.13: content on hover or focus is dismissible). */
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".lp-tile:hover, .lp-tile:focus").forEach(function (tile) {
      tile.classList.add("lp-dismissed");
    });
  });
  ["mouseleave", "blur"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (event.target.classList && event.target.classList.contains("lp-tile")) event.target.classList.remove("lp-dismissed");
    }, true);
  });
})();
