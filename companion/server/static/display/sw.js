// The public pages' service worker. A room's screen that (re)loads its page on a failing link gets
// the browser's own error page when the cut comes before the first byte, and no script of the page
// can run there. This worker, installed by an earlier good load, gets the page instead: it tries
// the network a few times (reading the answer whole: one cut midway failed too), and failing that
// serves the copy kept from the last good load, marked so that it shows nothing as true and says
// "connecting…" until its stream confirms the room's state (display.js, data-boot="cached").
"use strict";
const SHELLS = "display-pages-v1";
const WAITS_MS = [0, 400, 800, 1600]; // before each try: about 3 s, then the kept copy
const CONNECTING = {{connecting}};

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => {
  if (event.request.mode === "navigate") event.respondWith(page(event.request.url));
});

async function page(url) {
  const kept = await caches.open(SHELLS);
  for (const wait of WAITS_MS) {
    if (wait) await new Promise((done) => setTimeout(done, wait));
    try {
      const response = await fetch(url, { cache: "no-store" });
      const body = await response.text();
      const copy = () => new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      if (response.ok && body.trimEnd().endsWith("</html>")) {
        await kept.put(url, copy());
        return copy();
      }
      if (!response.ok && response.status < 500) return copy(); // refused (an unknown view…): as it is
    } catch (error) {
      // the link failed: try again
    }
  }
  const last = await kept.match(url);
  if (last) {
    const body = (await last.text()).replace('data-boot="fresh"', 'data-boot="cached"');
    return new Response(body, { headers: last.headers });
  }
  // Never loaded whole here: a page that reloads itself every few seconds (no script needed).
  const words = Object.values(CONNECTING).join(" · ");
  return new Response(`<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="3"><title>${words}</title><p>${words}</p>`,
    { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
