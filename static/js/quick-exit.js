/* The quick exit (templates/components/quick_exit.html), after GOV.UK's "Exit this page".
   Without this file it is a plain link. With it, leaving replaces this page in the history, so
   Back does not return here; the page is hidden at once; and pressing Esc three times within
   two seconds leaves from anywhere on the page (GOV.UK uses Shift; Haven's brief asks for Esc). */
(function () {
  "use strict";

  var PRESSES = 3;
  var WINDOW_MS = 2000;

  var link = document.querySelector("[data-quick-exit]");
  if (!link) { return; }
  var hint = link.querySelector("[data-quick-exit-hint]");
  if (hint) { hint.hidden = false; }
  // Says how many presses are left; made now, empty, so screen readers announce changes to it.
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("data-quick-exit-status", "");
  link.parentNode.appendChild(status);

  function leave() {
    // The neutral site must not learn where the person came from (rel="noreferrer" covers
    // only a click on the link itself).
    var meta = document.createElement("meta");
    meta.name = "referrer";
    meta.content = "no-referrer";
    document.head.appendChild(meta);
    document.documentElement.classList.add("quick-exit-leaving");
    window.location.replace(link.href);
  }

  link.addEventListener("click", function (event) {
    // A click that asks for a new tab or window gets one, as with any link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    leave();
  });

  var presses = 0;
  var timer = null;

  function reset() {
    presses = 0;
    status.textContent = "";
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || event.repeat) {
      if (presses) { clearTimeout(timer); reset(); }
      return;
    }
    presses += 1;
    clearTimeout(timer);
    if (presses >= PRESSES) {
      leave();
      return;
    }
    var left = PRESSES - presses;
    status.textContent = "Esc: press " + left + " more time" + (left === 1 ? "" : "s") + " to leave this site.";
    timer = setTimeout(reset, WINDOW_MS);
  });

  // A page restored from the back-forward cache shows again.
  window.addEventListener("pageshow", function () {
    document.documentElement.classList.remove("quick-exit-leaving");
  });
})();
