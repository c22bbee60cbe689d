// Audits a running GraphQL server against the GraphQL-over-HTTP specification.
//
// Usage: node audit-http.mjs <url>   (for example http://127.0.0.1:8000/graphql)
//
// Exit codes: 0 when every MUST and SHOULD audit passes, 1 when any of them
// fails, and 2 on a usage error or when the server cannot be reached.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit-http.mjs <url>');
  process.exit(2);
}

// The audit results only carry the response, so we remember the request that
// produced each response (and its body text) to make failures debuggable.
const exchanges = new WeakMap();

function remember(response, exchange) {
  exchanges.set(response, exchange);
  // Audits sometimes report a clone of the response, so clones must be remembered too.
  const clone = response.clone.bind(response);
  response.clone = () => remember(clone(), exchange);
  return response;
}

// This fetch reads every body eagerly and hands the audit an equivalent
// Response, so the body is still printable even after the audit consumed it.
// Every request carries the API key from CODEBOT_TOKEN: the audit checks the GraphQL
// protocol, and the server answers anonymous requests with 401.
async function recordingFetch(input, init = {}) {
  const headers = new Headers(init.headers ?? {});
  headers.set('authorization', `Bearer ${process.env.CODEBOT_TOKEN ?? ''}`);
  init = { ...init, headers };
  const res = await fetch(input, init);
  const body = await res.text();
  const request = {
    method: init.method ?? 'GET',
    url: String(input),
    headers: Object.fromEntries(headers.entries()),
    body: init.body,
  };
  const copy = new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  return remember(copy, { request, body });
}

let results;
try {
  results = await auditServer({ url, fetchFn: recordingFetch });
} catch (err) {
  // Audits only throw on fatal problems such as a refused connection.
  console.error(`audit aborted: ${err?.cause?.message ?? err?.message ?? err}`);
  process.exit(2);
}

// Print one line per audit; MAY failures show up as "notice" and never fail the run.
for (const r of results) {
  console.log(`${r.status.padEnd(6)} ${r.id} ${r.name}${r.status === 'ok' ? '' : ` -- ${r.reason}`}`);
}

const count = (status) => results.filter((r) => r.status === status).length;
const failures = results.filter((r) => r.status === 'error' || r.status === 'warn');
console.log(
  `\n${results.length} audits: ${count('ok')} ok, ${count('error')} MUST failed, ` +
    `${count('warn')} SHOULD failed, ${count('notice')} MAY not implemented`,
);

// Print the details of every MUST and SHOULD failure so the server can be fixed.
for (const r of failures) {
  const { request, body } = exchanges.get(r.response) ?? {};
  const res = r.response;
  console.error(`\n[${r.status}] ${r.id} ${r.name}`);
  console.error(`  reason:       ${r.reason}`);
  if (request) {
    // Note that fetch adds "accept: */*" and, for a string body, "content-type: text/plain;charset=UTF-8" when unset.
    console.error(`  request:      ${request.method} ${request.url}`);
    console.error(`  req headers:  ${JSON.stringify(request.headers)}`);
    if (request.body !== undefined) console.error(`  req body:     ${request.body}`);
  }
  if (res) {
    console.error(`  status:       ${res.status}`);
    console.error(`  content-type: ${res.headers.get('content-type') ?? '(none)'}`);
  }
  if (body !== undefined) {
    console.error(`  body:         ${body.length > 300 ? `${body.slice(0, 300)}...` : body}`);
  }
}

process.exit(failures.length > 0 ? 1 : 0);
