// Runs the GraphQL over HTTP audits of graphql-http against a live server and prints one JSON line per audit.
// Usage: node audit.mjs <url of the GraphQL endpoint>. Exits 1 when a MUST audit fails.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

let failedMust = 0;
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  if (result.status === 'error') failedMust++;
  const line = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') line.reason = result.reason;
  // Frees the connection of audits that did not read the body
  if (result.response?.body && !result.response.bodyUsed) await result.response.body.cancel();
  console.log(JSON.stringify(line));
}
process.exit(failedMust === 0 ? 0 : 1);
