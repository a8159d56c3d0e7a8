// Widget pages run unattended inside OBS, where nobody can click "Retry" and any dialog would be on stream.
// So: no reconnect UI at all; retry quietly forever; when the server is back but no longer knows this circuit
// (the app restarted), reload, but only once /alive answers, so the page never reloads into an error page.
// /alive is public and says nothing else (/healthz answers only on this computer, and OBS may be on another PC).
// The .NET 10 blazor.web.js API: start options take `circuit.reconnectionHandler`; Blazor.reconnect() resolves
// true (reconnected), false (server reached, circuit rejected) or throws (server unreachable).

const retryMilliseconds = 1000;
let reconnecting = false;

const delay = ms => new Promise(resolve => setTimeout(resolve, ms));

// Invisible marker for diagnostics and tests; nothing on screen changes.
function setConnection(state) {
    document.documentElement.dataset.connection = state;
}

async function serverAnswers() {
    try {
        const response = await fetch("alive", { cache: "no-store" });
        return response.ok;
    } catch {
        return false;
    }
}

async function reloadWhenServerAnswers() {
    while (!(await serverAnswers())) {
        await delay(retryMilliseconds);
    }
    location.reload();
}

async function reconnectSilently() {
    if (reconnecting) {
        return;
    }
    reconnecting = true;
    setConnection("down");
    try {
        for (;;) {
            await delay(retryMilliseconds);
            let reconnected;
            try {
                reconnected = await Blazor.reconnect();
            } catch {
                continue; // Server unreachable: keep trying, quietly.
            }
            if (!reconnected) {
                // A rejected connection stays open, so a second reconnect() would wrongly report success.
                await reloadWhenServerAnswers();
            }
            return;
        }
    } finally {
        reconnecting = false;
    }
}

Blazor.start({
    circuit: {
        reconnectionHandler: {
            onConnectionDown: () => { reconnectSilently(); },
            onConnectionUp: () => setConnection("up"),
        },
        circuitHandlers: [{ onCircuitOpened: () => setConnection("up") }],
    },
}).catch(async () => {
    // The server went away between serving the page and starting the circuit. The pause keeps a page that
    // cannot start for another reason from reloading in a tight loop.
    await delay(5000);
    await reloadWhenServerAnswers();
});

// Alert sounds: the gift alert renders one <audio data-overlay-sound data-volume> inside each alert (it cannot
// set a volume itself). Play each once, as it appears, and stop any other first, so two never overlap; the next
// alert's sound comes with the next alert. With autoplay blocked (a normal browser tab) play() fails quietly:
// nothing may appear on the stream output, only an invisible marker (data-sound) for the admin preview and tests.
// Blazor may insert an alert and then its children, so one <audio> can arrive in two mutation records.
const played = new WeakSet();

function playAlertSound(audio) {
    if (played.has(audio)) {
        return;
    }
    played.add(audio);
    if (root.hasAttribute("data-overlay-hidden")) {
        pausedMedia.add(audio); // Arrived while hidden: plays when the source is shown, if its alert is still up.
        return;
    }
    for (const other of document.querySelectorAll("audio[data-overlay-sound]")) {
        if (other !== audio) {
            other.pause();
        }
    }
    const volume = Number.parseFloat(audio.dataset.volume);
    audio.volume = Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 1;
    audio.play().then(
        () => { document.documentElement.dataset.sound = "played"; },
        error => {
            // Only the autoplay policy's refusal; an AbortError just means the alert left before its sound loaded.
            if (error?.name !== "NotAllowedError") {
                return;
            }
            document.documentElement.dataset.sound = "blocked";
            // Inside the admin's preview (a same-origin parent) the admin offers an "Enable sound" button; the
            // target origin keeps the message inside this app. On stream (top level) nothing is sent or shown.
            if (window.parent !== window) {
                window.parent.postMessage({ overlaySound: "blocked" }, location.origin);
            }
        });
}

// The admin preview's "Enable sound" click: the tab may play sound now, so retry the alert on screen's sound.
window.addEventListener("message", e => {
    if (e.origin !== location.origin || e.source !== window.parent || e.data?.overlaySound !== "retry") {
        return;
    }
    for (const audio of document.querySelectorAll("audio[data-overlay-sound]")) {
        played.delete(audio);
        playAlertSound(audio);
    }
});

// Alert videos: Blazor sets the muted attribute after creating the element, which does not mute it, so mute here
// (a muted video may autoplay anywhere), then start it unless the source is hidden.
function playAlertVideo(video) {
    if (played.has(video)) {
        return;
    }
    played.add(video);
    video.muted = true;
    if (root.hasAttribute("data-overlay-hidden")) {
        video.pause(); // Also cancels the autoplay attribute until the source is shown.
        pausedMedia.add(video);
        return;
    }
    video.play().catch(() => { });
}

function added(node, selector) {
    return node.matches(selector) ? [node] : node.querySelectorAll(selector);
}

new MutationObserver(mutations => {
    for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
            if (node.nodeType !== Node.ELEMENT_NODE) {
                continue;
            }
            for (const audio of added(node, "audio[data-overlay-sound]")) {
                playAlertSound(audio);
            }
            for (const video of added(node, "video[data-overlay-video]")) {
                playAlertVideo(video);
            }
        }
    }
}).observe(document.body, { childList: true, subtree: true });

// OBS awareness: while the source is hidden (OBS browser source events when window.obsstudio exists, else the
// page's own visibility), pause every CSS animation (html[data-overlay-hidden], see WidgetHead), the alert sound
// and video, then resume them where they were. Server state keeps running; only drawing and sound wait.
const root = document.documentElement;
const alertMedia = "audio[data-overlay-sound], video[data-overlay-video]";
const pausedMedia = new Set();
let obsVisible = true;
let obsActive = true;

function isHidden() {
    return document.hidden || !obsVisible || !obsActive;
}

function applyVisibility() {
    const hidden = isHidden();
    if (hidden === root.hasAttribute("data-overlay-hidden")) {
        return;
    }
    if (hidden) {
        root.setAttribute("data-overlay-hidden", "");
        for (const media of document.querySelectorAll(alertMedia)) {
            if (!media.paused) {
                media.pause();
                pausedMedia.add(media);
            }
        }
    } else {
        root.removeAttribute("data-overlay-hidden");
        for (const media of pausedMedia) {
            if (media.isConnected) {
                media.play().catch(() => { });
            }
        }
        pausedMedia.clear();
    }
    scheduleCountdowns(); // Stops while hidden; on show, jumps to the time really left.
}

document.addEventListener("visibilitychange", applyVisibility);
if (window.obsstudio) {
    // OBS 27+ dispatches these on window; older versions call the obsstudio.on… callbacks instead.
    window.addEventListener("obsSourceVisibleChanged", e => { obsVisible = e.detail?.visible !== false; applyVisibility(); });
    window.addEventListener("obsSourceActiveChanged", e => { obsActive = e.detail?.active !== false; applyVisibility(); });
    window.obsstudio.onVisibilityChange = visible => { obsVisible = visible !== false; applyVisibility(); };
    window.obsstudio.onActiveChange = active => { obsActive = active !== false; applyVisibility(); };
}

// Countdowns (the PK battle's time left): the server renders <… data-countdown-ms="N">m:ss</…> when a frame comes,
// and the page counts down by itself between frames, so the server never renders once a second. Each element's
// deadline is taken on this page's monotonic clock when its data-countdown-ms appears or changes (no clock skew
// with the server, which may be another PC). Only the text node's value changes, the node Blazor owns stays, so
// the next server render updates it as usual. One timeout, armed only while a countdown is on the page and the
// source is shown: no CPU while hidden; on show, the text jumps to the time really left.
const countdowns = new Map();
let countdownTimer = 0;

function trackCountdown(element) {
    const ms = Number.parseFloat(element.dataset.countdownMs);
    if (Number.isFinite(ms)) {
        countdowns.set(element, performance.now() + Math.max(0, ms));
    }
}

function countdownText(ms) {
    const seconds = Math.ceil(Math.max(0, ms) / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

function tickCountdowns() {
    countdownTimer = 0;
    if (isHidden()) {
        return; // applyVisibility calls again when the source is shown.
    }
    const now = performance.now();
    let next = Infinity;
    for (const [element, deadline] of countdowns) {
        if (!element.isConnected) {
            countdowns.delete(element);
            continue;
        }
        const left = deadline - now;
        const text = element.firstChild;
        if (text?.nodeType === Node.TEXT_NODE) {
            const value = countdownText(left);
            if (text.nodeValue !== value) {
                text.nodeValue = value;
            }
        }
        if (left > 0) {
            // Wake just after the shown second changes.
            next = Math.min(next, (left % 1000 || 1000) + 5);
        }
    }
    if (next !== Infinity) {
        countdownTimer = setTimeout(tickCountdowns, next);
    }
}

function scheduleCountdowns() {
    clearTimeout(countdownTimer);
    countdownTimer = 0;
    if (countdowns.size > 0) {
        tickCountdowns();
    }
}

new MutationObserver(mutations => {
    let changed = false;
    for (const mutation of mutations) {
        if (mutation.type === "attributes") {
            trackCountdown(mutation.target);
            changed = true;
            continue;
        }
        for (const node of mutation.addedNodes) {
            if (node.nodeType === Node.ELEMENT_NODE) {
                for (const element of added(node, "[data-countdown-ms]")) {
                    trackCountdown(element);
                    changed = true;
                }
            }
        }
    }
    if (changed) {
        scheduleCountdowns();
    }
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-countdown-ms"] });
for (const element of document.querySelectorAll("[data-countdown-ms]")) {
    trackCountdown(element);
}
scheduleCountdowns();
applyVisibility();
