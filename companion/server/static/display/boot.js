// The first script of the page, before its style and its data: if the rest does not arrive whole
// (the link was cut or stalled during the load), the page says "connecting…" and fetches itself
// again until it comes whole, then starts it. (A cut before this script arrived is the service worker's: sw.js.)
"use strict";
(function () {
  const root = document.documentElement;
  let wait = 500;
  let begun = false;

  function say() {
    const note = document.createElement("div");
    note.id = "connecting";
    note.setAttribute("role", "status");
    note.textContent = root.dataset.connecting;
    // Styled here: the page's style sheet may be what was cut. (CSSOM, which the CSP allows.)
    Object.assign(note.style, { position: "fixed", inset: "0", display: "flex", alignItems: "center",
      justifyContent: "center", background: "#0b1020", color: "#f4f6fb", zIndex: "100",
      font: "600 max(20px, 5vh) system-ui, sans-serif" });
    (document.body || root).append(note);
  }

  function start(text) {
    // Parsed anew in this document: a parser cut midway cannot be resumed, and until a body has been
    // parsed the browser does not render (its own, the page's script and style run as they are, by
    // the hashes in the CSP).
    document.open();
    document.write(text);
    document.close();
  }

  function retry() {
    fetch(location.href, { cache: "no-store" })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.status))))
      .then((text) => {
        if (!text.trimEnd().endsWith("</html>")) throw new Error("cut");
        start(text);
      })
      .catch(() => {
        wait = Math.min(wait * 2, 10000);
        setTimeout(retry, wait * (0.5 + Math.random() / 2));
      });
  }

  // Chromium leaves a document cut midway "loading" for ever (no DOMContentLoaded), and a stalled
  // link looks the same: so a page not started this long after this script ran is fetched again.
  const PATIENCE_MS = 4000;
  const began = performance.now();

  function watch() {
    if (window.displayStarted || begun) return;
    if (document.readyState === "loading" && performance.now() - began < PATIENCE_MS) {
      setTimeout(watch, 250);
      return;
    }
    begun = true;
    // End the stuck load: a style sheet cut midway would otherwise block all rendering, this note too.
    window.stop();
    say();
    retry();
  }

  setTimeout(watch, 250);
})();
