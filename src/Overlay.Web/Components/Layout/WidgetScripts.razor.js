// Widget pages run unattended inside OBS, where nobody can click "Retry" and any dialog would be on stream.
// So: no reconnect UI at all; retry quietly forever; when the server is back but no longer knows this circuit
// (the app restarted), reload, but only once /healthz answers, so the page never reloads into an error page.
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
        const response = await fetch("healthz", { cache: "no-store" });
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
