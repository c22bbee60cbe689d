// Subscribes over Server-Sent Events with the npm graphql-sse client (distinct
// connections mode) and prints every payload as one JSON line.
//
// The API key comes from the CODEBOT_TOKEN environment variable.
// usage: node subscribe-sse.mjs <http-url> <query> <variables-json> <until-count> <timeout-ms>
import { createClient } from 'graphql-sse';

const [url, query, variablesJson, untilCount, timeoutMs] = process.argv.slice(2);
const until = Number(untilCount);
let received = 0;
const timer = setTimeout(() => {
  console.error(`timed out after ${received} payloads`);
  process.exit(3);
}, Number(timeoutMs));

const client = createClient({
  url,
  singleConnection: false,
  retryAttempts: 0,
  headers: { authorization: `Bearer ${process.env.CODEBOT_TOKEN ?? ''}` },
});
client.subscribe({ query, variables: JSON.parse(variablesJson || '{}') }, {
  next: (payload) => {
    console.log(JSON.stringify(payload));
    received += 1;
    if (received >= until) {
      clearTimeout(timer);
      setImmediate(() => process.exit(0));
    }
  },
  error: (error) => {
    console.error('subscription error:', error?.message ?? JSON.stringify(error));
    process.exit(1);
  },
  complete: () => {},
});
