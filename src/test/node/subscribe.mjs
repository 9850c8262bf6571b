// Subscribes over graphql-transport-ws with the graphql-ws client and prints what arrives, one JSON line each:
//   {"next": {...execution result...}}  or  {"error": "..."}.
// Usage: node subscribe.mjs <ws url> <request JSON {query, variables}> [count]   (count: results to wait for, 1)
// An API key in NEWSGRAPH_API_KEY is sent as 'Authorization: Bearer <key>' on the upgrade request.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

const [url, request, count = '1'] = process.argv.slice(2);
const key = process.env.NEWSGRAPH_API_KEY;
const headers = key ? { Authorization: `Bearer ${key}` } : {};

class KeyedWebSocket extends WebSocket {
  constructor(address, protocols) {
    super(address, protocols, { headers });
  }
}

const client = createClient({ url, webSocketImpl: KeyedWebSocket, retryAttempts: 0, lazy: false });
const print = (line) => console.log(JSON.stringify(line));
let remaining = Number(count);

client.subscribe(JSON.parse(request), {
  next: async (result) => {
    print({ next: result });
    if (--remaining === 0) {
      await client.dispose();
      process.exit(0);
    }
  },
  error: (error) => {
    print({ error: error instanceof Error ? error.message : `closed ${error.code ?? ''} ${error.reason ?? String(error)}` });
    process.exit(1);
  },
  complete: () => {
    print({ error: 'the server completed the subscription' });
    process.exit(1);
  },
});
