// Widget pages run unattended inside OBS, where nobody can click "Retry" and any dialog would be on stream.
// So: no reconnect UI at all; retry quietly forever; when the server is back but no longer knows this circuit
// (the app restarted), reload, but only once /healthz answers, so the page never reloads into an error page.
// Reconnection API (blazor.web.js, .NET 10): Blazor.start({
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
