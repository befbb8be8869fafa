// The public pages: render the meeting's public view and follow its stream (Server-Sent Events).
// The server derives the view (domain/public_view.py); this only draws it and counts clocks on.
"use strict";
(function () {
  const root = document.documentElement;
  const L = JSON.parse(document.getElementById("labels").textContent);
  const boot = JSON.parse(document.getElementById("initial").textContent);
  const lang = root.lang;
  const page = root.dataset.view;
  const app = document.getElementById("app");
  const meetingId = boot.view.meeting.id;
  // Numbers in the locale's own digits, as the app shows them (Arabic-Indic in Arabic).
  const locale = lang === "ar" ? "ar-u-nu-arab" : lang;
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const one = new Intl.NumberFormat(locale, { useGrouping: false });
  const zoned = (options) => new Intl.DateTimeFormat(locale, { timeZone: boot.view.meeting.time_zone, hourCycle: "h23", ...options });
  const hhmm = zoned({ hour: "2-digit", minute: "2-digit" });
  const hhmmss = zoned({ hour: "2-digit", minute: "2-digit", second: "2-digit" });

  window.displayStarted = true; // the page arrived whole (boot.js retries it otherwise)
  // A copy kept by the service worker from an earlier load (sw.js): its view may no longer be true,
  // so nothing of it shows until the stream sends the room's state ("connecting…" meanwhile).
  let confirmed = root.dataset.boot !== "cached";
  let view = boot.view;
  let lastId = confirmed ? boot.frame_id : "";
  // The server's time, counted on with the monotonic clock: the computer's own clock may be wrong
  // or be set while the page runs (NTP, a technician), and must move neither the clocks nor "stale".
  const sync = { server: Date.parse(boot.now), at: performance.now() };
  let heardAt = performance.now(); // monotonic, like every interval below
  let heardServerTime = sync.server; // for "state shown at"
  // Stale after this long without a byte: 2.5 heartbeats (the server's, told in "hello"), so a link
  // that stays open but carries nothing is said within 6 s, as a cut is.
  let silenceLimit = 5000;
  // The webcast overlay is on air: it never shows connection trouble. It holds the last true state
  // this long after the last byte heard (a short cut heals well within it), then fades out; the
  // operator's preview (?preview=1) shows the trouble too.
  const ON_AIR_GRACE_MS = 6000;
  const preview = new URLSearchParams(location.search).get("preview") === "1";
  if (preview) root.dataset.preview = "1";
  let connected = true;
  let lostAt = 0;
  let source = null;
  let watchFrom = 0; // when the current connection attempt began
  let answered = false; // whether it has sent a byte yet
  const FIRST_BYTE_PATIENCE_MS = 15000;
  let retries = 0;
  let retryTimer = 0;
  let clockState = "";

  // --- words and little elements -------------------------------------------------------

  function t(key, vars) {
    let text = L[key] || key;
    for (const name in vars || {}) text = text.replace("{" + name + "}", () => vars[name]); // "$&" stays text
    return text;
  }
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function bdi(text, cls) { return el("bdi", cls, text); } // names keep their own direction
  function line(cls, text) { const div = el("div", cls); div.append(bdi(text)); return div; }
  function serverNow() { return sync.server + (performance.now() - sync.at); }
  function duration(seconds) { // as the app writes it: -0:12 when over time
    const s = Math.round(Math.abs(seconds));
    const text = s >= 3600
      ? one.format(Math.floor(s / 3600)) + ":" + two.format(Math.floor(s / 60) % 60) + ":" + two.format(s % 60)
      : one.format(Math.floor(s / 60)) + ":" + two.format(s % 60);
    return (seconds < 0 ? "-" : "") + text;
  }
  function langName(code) { return L["lang_" + code] || code; } // a language beyond the six: its code
  function inLanguage(texts) { return (texts && texts[lang]) || ""; }
  function who(s) { return s.delegation || s.name; }
  function details(s) {
    const parts = [t("kind_" + s.kind), t("attendance_" + s.attendance), langName(s.language)];
    if (s.on_behalf_of) parts.push(t("on_behalf_of", { group: s.on_behalf_of }));
    return parts.join(" · ");
  }
  function person(s, withName) {
    const span = el("span");
    span.append(bdi(who(s), "who"));
    if (withName && s.delegation && s.name) span.append(" – ", bdi(s.name));
    return span;
  }

  // --- the speaking clock: the domain's thresholds (speaking_clock.phase), counted on here;
  // tests/display/test_page_clock_rule.py holds the two to the same colours at every second -----

  function clockNow(c) {
    const running = c.running_since ? Math.max(0, (serverNow() - Date.parse(c.running_since)) / 1000) : 0;
    const spent = c.spoken + running;
    const phase = spent > c.limit ? "overrun" : spent >= c.warning_after ? "warning" : "ok";
    return { left: c.limit - spent, phase: phase, paused: !c.running_since };
  }

  // --- the three views ----------------------------------------------------------------

  function renderRoom() {
    const main = el("main", "room");
    const header = el("header");
    header.append(el("span", "item", view.item ? inLanguage(view.item.title) : t("no_item")));
    const clock = el("span", "meeting-clock");
    clock.id = "meeting-clock";
    clock.title = t("meeting_time");
    clock.setAttribute("role", "timer"); // clocks tick without being read out each second
    header.append(clock);
    const floor = el("section", "floor");
    const s = view.speaker;
    if (s) {
      const left = el("div");
      left.append(el("div", "label", t("speaking_now")), line("delegation", who(s)));
      if (s.delegation && s.name) left.append(line("name", s.name));
      left.append(el("div", "details", details(s)));
      const clockBox = el("div", "clock");
      clockBox.id = "speaking-clock";
      clockBox.setAttribute("role", "timer");
      floor.append(left, clockBox);
    } else {
      floor.append(el("div", "idle", t("no_speaker")));
    }
    main.append(header, floor, renderNext());
    return main;
  }

  function renderNext() {
    const box = el("section", "next");
    const shown = view.waiting.slice(0, view.next_speakers);
    if (!shown.length) return box;
    box.append(el("h2", null, t("next_speakers")));
    const list = el("ol");
    for (const s of shown) {
      const li = el("li");
      li.append(person(s, true), el("span", "lang", " · " + langName(s.language)));
      list.append(li);
    }
    box.append(list);
    if (view.waiting.length > shown.length) box.append(el("div", "remaining", t("remaining", { n: one.format(view.waiting.length) })));
    return box;
  }

  function renderLowerThird() {
    const s = view.speaker;
    const strip = el("div", "lower-third");
    strip.hidden = !s;
    if (s) {
      strip.append(bdi(s.name || s.delegation, "who"));
      if (s.name && s.delegation) strip.append(el("span", "sep", "|"), bdi(s.delegation));
      strip.append(el("span", "sep", "·"), el("span", null, langName(s.language)));
    }
    return strip;
  }

  function renderSpeakers() {
    const main = el("main", "list");
    main.append(el("h1", null, t("list_of_speakers")));
    if (!view.item) {
      main.append(el("p", "state", t("no_item")));
      return main;
    }
    main.append(el("p", "item", inLanguage(view.item.title)));
    main.append(el("p", "state", t("list_" + view.item.list_state)));
    if (view.speaker) {
      main.append(el("h2", null, t("speaking_now")));
      const now = el("div", "now");
      now.append(person(view.speaker, true), el("div", "kind", details(view.speaker)));
      main.append(now);
    }
    main.append(el("h2", null, t("next_speakers")));
    if (!view.waiting.length) main.append(el("p", "state", t("nobody_waiting")));
    const list = el("ol");
    view.waiting.forEach((s, n) => {
      // The place is written out, not a list marker: the browser skips laying out entries off
      // screen (content-visibility), and would clip a marker drawn outside them.
      const li = el("li");
      const body = el("div");
      body.append(person(s, true), el("div", "kind", details(s)));
      li.append(el("span", "pos", one.format(n + 1) + "."), body);
      list.append(li);
    });
    main.append(list, el("p", "remaining", t("remaining", { n: one.format(view.waiting.length) })));
    return main;
  }

  // --- every screen: the room display and the overlay shrink their type until all of it fits
  // (a long delegation, ten next speakers, Arabic's taller lines); the list of speakers scrolls ---

  const FIT_STEP = 0.05;
  const FIT_FLOOR = 0.4;

  function overflows(box) {
    return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
  }

  function fit() {
    const box = page === "room" ? app.firstElementChild : page === "lower-third" ? app.querySelector(".lower-third") : null;
    if (!box || box.hidden) return;
    let scale = 1;
    root.style.setProperty("--fit", "1");
    while (scale > FIT_FLOOR && overflows(box)) {
      scale -= FIT_STEP;
      root.style.setProperty("--fit", scale.toFixed(2));
    }
  }

  function render() {
    const draw = page === "lower-third" ? renderLowerThird : page === "speakers" ? renderSpeakers : renderRoom;
    app.replaceChildren(draw());
    const message = document.getElementById("message");
    message.textContent = inLanguage(view.message);
    message.hidden = !message.textContent;
    const countdown = document.getElementById("countdown");
    countdown.hidden = !view.countdown;
    if (view.countdown) countdown.querySelector(".cd-label").textContent = inLanguage(view.countdown.label) || t("countdown");
    tick();
    fit();
  }

  // --- every quarter second: clocks, and whether what we show is still live ----------------

  function tick() {
    const now = serverNow();
    const meetingClock = document.getElementById("meeting-clock");
    if (meetingClock) meetingClock.textContent = hhmm.format(now);
    const box = document.getElementById("speaking-clock");
    if (box && view.speaker && view.speaker.clock) {
      const c = clockNow(view.speaker.clock);
      box.className = "clock " + c.phase;
      box.textContent = duration(c.left);
      const state = c.phase === "overrun" ? t("overrun") : c.paused ? t("paused") : "";
      if (state) box.append(el("span", "state", state));
      if (state !== clockState) { clockState = state; fit(); } // "Over time" widens the clock
    }
    if (view.countdown) {
      const left = Math.max(0, (Date.parse(view.countdown.ends_at) - now) / 1000);
      document.querySelector("#countdown .cd-time").textContent = duration(left);
    }
    const quiet = performance.now() - heardAt;
    const stale = (!connected && performance.now() - lostAt > 1500) || quiet > silenceLimit;
    const banner = document.getElementById("stale");
    const said = (!confirmed || stale) && (page !== "lower-third" || preview); // never on air
    root.classList.toggle("is-stale", stale);
    root.classList.toggle("connecting", !confirmed);
    if (said) banner.textContent = confirmed ? t("stale", { time: hhmmss.format(heardServerTime) }) : t("connecting");
    if (banner.hidden === said) { // the banner takes a line of the screen, or gives it back
      banner.hidden = !said;
      fit();
    }
    // On air: fade the strip out once the grace is over, back in when the stream is heard again.
    if (page === "lower-third") root.classList.toggle("off-air", quiet > ON_AIR_GRACE_MS);
    // A connection that carries nothing, not even keep-alives, is dead though still open (a NAT
    // forgot it, an access point slept): the browser would wait on it for ever, so we leave it.
    // A new connection gets longer for its first byte (a slow link may take seconds to answer);
    // the page says stale meanwhile all the same.
    const patience = answered ? silenceLimit : FIRST_BYTE_PATIENCE_MS;
    if (source && performance.now() - Math.max(answered ? heardAt : 0, watchFrom) > patience) {
      lost();
      reconnectLater();
    }
  }

  // --- the public stream: resumes by itself (Last-Event-ID), after a restart too ------------

  function heard(data) {
    answered = true;
    const told = data && Date.parse(data.now);
    if (told) { sync.server = told; sync.at = performance.now(); }
    heardAt = performance.now();
    heardServerTime = serverNow();
    connected = true;
    root.dataset.stream = "live"; // for the curious (and the tests): live, or lost
  }

  function applyDelta(old, delta) {
    const next = Object.assign({}, old);
    for (const key of delta.unset || []) delete next[key];
    Object.assign(next, delta.set);
    if (delta.waiting) {
      const items = (old.waiting || []).slice();
      for (const [at, remove, insert] of delta.waiting) items.splice(at, remove, ...insert);
      next.waiting = items;
    }
    return next;
  }

  function lost() {
    if (connected) lostAt = performance.now();
    connected = false;
    root.dataset.stream = "lost";
  }

  // Our own retries (the browser's run every "retry:" ms) wait as the app does
  // (domain/reconnection.py: doubling to a ceiling, with jitter), so a refusing or restarting
  // server is not hit by every screen at once.
  function reconnectLater() {
    if (source) source.close();
    source = null;
    if (retryTimer) return;
    retries += 1;
    const r = boot.reconnect;  // the domain's rule (domain/reconnection.py), given in the page
    let ceiling = Math.min(r.max_ms, r.first_ms * 2 ** (retries - 1));
    if (retries <= r.quick_tries) ceiling = Math.min(ceiling, Math.max(r.quick_ms, r.first_ms));
    retryTimer = setTimeout(() => { retryTimer = 0; connect(); }, ceiling * (0.5 + Math.random() / 2));
  }

  function connect() {
    const base = "/api/v1/meetings/" + encodeURIComponent(meetingId) + "/public/events";
    const es = new EventSource(lastId ? base + "?after=" + encodeURIComponent(lastId) : base);
    source = es;
    watchFrom = performance.now();
    answered = false;
    const on = (kind, handle) => es.addEventListener(kind, (e) => { if (es === source) handle(e); });
    on("hello", (e) => {
      const hello = JSON.parse(e.data);
      silenceLimit = Math.min(5000, Math.max(3000, (hello.heartbeat || hello.keepalive) * 2500));
      retries = 0;
      heard(hello);
    });
    on("alive", (e) => heard(JSON.parse(e.data)));
    on("view", (e) => {
      confirmed = true;
      view = JSON.parse(e.data);
      lastId = e.lastEventId;
      heard();
      render();
    });
    // What changed since the view we hold (domain/public_delta.py; apply_delta there is this rule).
    on("delta", (e) => {
      const delta = JSON.parse(e.data);
      heard();
      if (delta.base !== lastId) { // a change to a view we do not hold: ask for the whole view again
        lost();
        reconnectLater();
        return;
      }
      view = applyDelta(view, delta);
      lastId = e.lastEventId;
      render();
    });
    on("error", () => {
      lost(); // the browser tries again by itself, unless the server refused outright
      answered = false; // its new attempt, like ours, gets time for a slow first byte
      watchFrom = performance.now();
      if (es.readyState === EventSource.CLOSED) reconnectLater();
    });
  }

  // Kept by the browser for the next load, which it then gets even through a failing link (sw.js).
  // A load the worker did not serve (the first) is kept here, for the worker to fall back on.
  if (navigator.serviceWorker) {
    navigator.serviceWorker.register("/display/sw.js", { scope: "/display/" }).catch(() => {});
    if (!navigator.serviceWorker.controller && confirmed) {
      caches.open("display-pages-v1").then((kept) => kept.add(location.href)).catch(() => {});
    }
  }
  render();
  addEventListener("resize", fit);
  setInterval(tick, 250);
  connect();
})();
