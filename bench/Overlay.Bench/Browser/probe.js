// Injected before any page script. Records when each bench token ([bgw] + 7 digits) first shows up in the DOM,
// on the same clock as the generator (ms since epoch, sub-ms from performance.now()), and counts mutations.
// Paint time: the first requestAnimationFrame callback after the DOM sighting. rAF callbacks run at the start of
// the next frame's rendering, just before the style, layout and paint that draw the new row, so this is when the
// viewer's frame starts being made (a second rAF would be one frame late).
(() => {
  const seen = new Map();
  const painted = new Map();
  let pending = [];
  let frameQueued = false;
  const tokens = /\b[bgw]\d{7}\b/g;
  let mutations = 0;
  // Bounded even if nobody collects (a long soak): drop the oldest sighting.
  const remember = (map, token, at) => {
    map.set(token, at);
    if (map.size > 50000) map.delete(map.keys().next().value);
  };
  const onFrame = () => {
    const at = performance.timeOrigin + performance.now();
    frameQueued = false;
    for (const token of pending) remember(painted, token, at);
    pending = [];
  };
  const scan = (text, at) => {
    if (!text) return;
    const found = text.match(tokens);
    if (!found) return;
    for (const token of found) {
      if (seen.has(token)) continue;
      remember(seen, token, at);
      pending.push(token);
    }
  };
  new MutationObserver(records => {
    const at = performance.timeOrigin + performance.now();
    mutations += records.length;
    for (const r of records) {
      if (r.type === 'characterData') scan(r.target.data, at);
      else if (r.type === 'childList') for (const n of r.addedNodes) scan(n.nodeType === 3 ? n.data : n.textContent, at);
    }
    if (pending.length > 0 && !frameQueued) {
      frameQueued = true;
      requestAnimationFrame(onFrame);
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  window.__bench = {
    // Hands over what was seen (and painted) since the last call, so a long soak keeps the page's memory flat.
    // A token whose frame has not come yet is handed over as painted by a later call.
    take() {
      const out = { dom: Array.from(seen), paint: Array.from(painted) };
      seen.clear();
      painted.clear();
      return out;
    },
    mutations(reset) { const m = mutations; if (reset) mutations = 0; return m; },
    infiniteAnimations() {
      return document.getAnimations().filter(a => a.playState === 'running' && a.effect
        && a.effect.getComputedTiming().iterations === Infinity).length;
    },
    runningAnimations() { return document.getAnimations().filter(a => a.playState === 'running').length; },
    text() { return document.body ? document.body.innerText : ''; },
  };
})();
