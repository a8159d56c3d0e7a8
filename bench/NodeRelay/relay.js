// The thinnest relay, the baseline the app's targets are judged against: one upstream socket, every text frame
// forwarded as received (the bytes, never decoded) to plain JS pages. It serves the .NET relay's page, so both
// relays' browsers do the same work.
// Usage: node relay.js --port <port> --upstream ws://127.0.0.1:<genPort>/ --page ../Overlay.Relay/relay.html
'use strict';
const fs = require('fs');
const http = require('http');
const { WebSocket, WebSocketServer } = require('ws');

const args = {};
for (let i = 2; i + 1 < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
if (!args.port || !args.upstream || !args.page) {
  console.error('usage: node relay.js --port <port> --upstream ws://127.0.0.1:<port>/ --page <relay.html>');
  process.exit(2);
}
const page = fs.readFileSync(args.page);

const server = http.createServer((req, res) => {
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  } else {
    res.writeHead(404).end();
  }
});
// No compression on either side: the .NET relay and the app send plain frames too.
const pages = new WebSocketServer({ server, path: '/ws', perMessageDeflate: false });

function connect() {
  const upstream = new WebSocket(new URL('?uniqueId=bench&apiKey=tk_bench', args.upstream), { perMessageDeflate: false });
  upstream.on('message', (data, isBinary) => {
    if (isBinary) return;
    for (const client of pages.clients) {
      if (client.readyState === WebSocket.OPEN) client.send(data, { binary: false });
    }
  });
  upstream.on('error', e => console.error(`upstream: ${e.message}`));
  // Like the .NET relay: try again a second later, for as long as the bench keeps this process.
  upstream.on('close', () => setTimeout(connect, 1000));
}

server.listen(Number(args.port), '127.0.0.1', connect);
