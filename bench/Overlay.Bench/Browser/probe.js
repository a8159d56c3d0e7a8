// Injected before any page script. Records when each bench token ([bgw] + 7 digits) first shows up in the DOM,
// on the same clock as the generator (ms since epoch, sub-ms from performance.now()), and counts mutations.
(() => {
  const seen = new Map();
  const tokens = /\b[bgw]\d{7}\b/g;
  let mutations = 0;
  const scan = (text, at) => {
    if (!text) return;
    const found = text.match(tokens);
    if (!found) return;
    for (const token of found) {
      if (seen.has(token)) continue;
      seen.set(token, at);
      // Bounded even if nobody collects (a long soak): drop the oldest sighting.
      if (seen.size > 50000) seen.delete(seen.keys().next().value);
    }
  };
  new MutationObserver(records => {
    const at = performance.timeOrigin + performance.now();
    mutations += records.length;
    for (const r of records) {
      if (r.type === 'characterData') scan(r.target.data, at);
      else if (r.type === 'childList') for (const n of r.addedNodes) scan(n.nodeType === 3 ? n.data : n.textContent, at);
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  window.__bench = {
    // Hands over what was seen since the last call, so a long soak keeps the page's memory flat.
    take() { const out = Array.from(seen); seen.clear(); return out; },
    mutations(reset) { const m = mutations; if (reset) mutations = 0; return m; },
    infiniteAnimations() {
      return document.getAnimations().filter(a => a.playState === 'running' && a.effect
        && a.effect.getComputedTiming().iterations === Infinity).length;
    },
    runningAnimations() { return document.getAnimations().filter(a => a.playState === 'running').length; },
    text() { return document.body ? document.body.innerText : ''; },
  };
})();
