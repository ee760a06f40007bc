// Directory: after a search, move focus to the results heading so keyboard and screen-reader
// users land on the count. The page works fully without this file.
(function () {
  "use strict";
  var heading = document.getElementById("results-heading");
  if (heading && heading.hasAttribute("data-focus-on-load")) {
    heading.focus();
  }
})();
