// The benchmark's websocket subscribers (R4 latency, R5 memory), driven by bench/run.py.
//
// usage: node ws-subscribers.mjs <ws-url> <count> <mode>
//   Opens <count> connections with the npm `graphql-ws` client (graphql-transport-ws),
//   each with one `events` subscription starting from now, and prints `READY <n>` on
//   stdout once every connection is acknowledged and subscribed. The API key is read
//   from CODEBOT_TOKEN.
//   mode `latency`: records, for every payload, when it arrived (wall clock, ms with
//     sub-ms precision) and prints one JSON line per payload
//     `{"p":position,"i":integrationId,"r":recordedAt,"t":receivedAtMs}` when stdin says
//     `REPORT`, then `DONE`.
//   mode `idle`: payloads are ignored; stdin `CLOSE` closes every connection and prints
//     `CLOSED`.
//   stdin `EXIT` (or its end) disposes of the clients and exits. A connection that
//   fails or closes before `CLOSE` prints `ERROR ...` on stderr and exits 1.
// The client libraries are those of tests/js (npm ci there first).
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';

const require = createRequire(new URL('../tests/js/package.json', import.meta.url));
const WebSocket = require('ws');
const { createClient } = require('graphql-ws');

const [url, countArg, mode] = process.argv.slice(2);
const count = Number(countArg);
const token = process.env.CODEBOT_TOKEN ?? '';
const query = 'subscription { events { position integrationId type recordedAt } }';
const now = () => performance.timeOrigin + performance.now();

const received = [];
const clients = [];
let closing = false;
let connected = 0;

function fail(what) {
  if (closing) return;
  console.error(`ERROR ${what}`);
  process.exit(1);
}

// Open in batches so that the handshakes do not all land at once.
const batch = 50;
for (let start = 0; start < count; start += batch) {
  const acks = [];
  for (let n = start; n < Math.min(count, start + batch); n += 1) {
    acks.push(new Promise((resolve) => {
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        keepAlive: 0,
        connectionParams: { Authorization: `Bearer ${token}` },
        on: {
          connected: () => { connected += 1; resolve(); },
          closed: (event) => fail(`connection ${n} closed: ${event?.code} ${event?.reason}`),
          error: (error) => fail(`connection ${n}: ${error?.message ?? error}`),
        },
      });
      clients.push(client);
      client.subscribe({ query }, {
        next: (payload) => {
          if (mode !== 'latency') return;
          const t = now();
          const e = payload?.data?.events;
          if (e) received.push({ p: e.position, i: e.integrationId, r: e.recordedAt, t });
          else fail(`payload without data: ${JSON.stringify(payload)}`);
        },
        error: (error) => fail(`subscription ${n}: ${JSON.stringify(error)}`),
        complete: () => {},
      });
    }));
  }
  await Promise.all(acks);
}
// A `subscribe` message follows the ack at once; give the server a moment to start
// every subscription before declaring them ready.
await new Promise((resolve) => setTimeout(resolve, 1000));
console.log(`READY ${connected}`);

const lines = createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  const command = line.trim();
  if (command === 'REPORT') {
    const out = received.map((r) => JSON.stringify(r)).join('\n');
    process.stdout.write(out ? `${out}\nDONE\n` : 'DONE\n');
  } else if (command === 'CLOSE') {
    closing = true;
    await Promise.all(clients.map((c) => c.dispose()));
    console.log('CLOSED');
  } else if (command === 'EXIT') {
    closing = true;
    await Promise.all(clients.map((c) => c.dispose()));
    process.exit(0);
  }
});
lines.on('close', () => {
  closing = true;
  process.exit(0);
});
