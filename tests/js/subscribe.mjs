// Subscribes with a real client library and prints every payload as one JSON line.
//
// usage: node subscribe.mjs <protocol> <ws-url> <query> <variables-json> <until-count> <timeout-ms> [connection-params-json]
//   protocol: `graphql-transport-ws` (the npm graphql-ws client) or `graphql-ws` (the
//   legacy subscriptions-transport-ws client).
// It exits 0 after <until-count> payloads, 3 on a timeout, 1 on an error; `connected`
// (once the server acknowledged the connection), errors and close events go to stderr.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { SubscriptionClient } from 'subscriptions-transport-ws';

const [protocol, url, query, variablesJson, untilCount, timeoutMs, paramsJson] = process.argv.slice(2);
const variables = JSON.parse(variablesJson || '{}');
// The credential: the connection params given, else the API key in CODEBOT_TOKEN.
const connectionParams = paramsJson
  ? JSON.parse(paramsJson)
  : { Authorization: `Bearer ${process.env.CODEBOT_TOKEN ?? ''}` };
const until = Number(untilCount);
let received = 0;

const timer = setTimeout(() => {
  console.error(`timed out after ${received} payloads`);
  process.exit(3);
}, Number(timeoutMs));

function onPayload(payload) {
  console.log(JSON.stringify(payload));
  received += 1;
  if (received >= until) {
    clearTimeout(timer);
    // Let stdout drain before leaving.
    setImmediate(() => process.exit(0));
  }
}

function fail(error) {
  console.error('subscription error:', JSON.stringify(error, Object.getOwnPropertyNames(error ?? {})));
  process.exit(1);
}

if (protocol === 'graphql-transport-ws') {
  const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams,
    on: {
      connected: () => console.error('connected'),
      closed: (event) => console.error(`closed: ${event?.code} ${event?.reason}`),
    } });
  client.subscribe({ query, variables }, { next: onPayload, error: fail, complete: () => {} });
} else if (protocol === 'graphql-ws') {
  const client = new SubscriptionClient(url, { reconnect: false, connectionParams }, WebSocket);
  client.onError((error) => fail(error));
  client.onConnected(() => console.error('connected'));
  client.request({ query, variables }).subscribe({ next: onPayload, error: fail, complete: () => {} });
} else {
  console.error(`unknown protocol ${protocol}`);
  process.exit(2);
}
