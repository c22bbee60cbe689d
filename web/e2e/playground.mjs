// The GraphQL playground (`GET /graphql` in a browser) against a real server, with the
// internet out of reach: every request to a host other than this machine is aborted and
// counted. Signs in on the dashboard, opens /graphql, runs `{ me { name role } }` by
// typing into GraphiQL and pressing run, then a subscription over the websocket, opens
// the docs, and checks that nothing tried to leave the machine and that the page's
// Content-Security-Policy refused nothing. Screenshot: e2e/artifacts/playground.png
// (and PLAYGROUND_SCREENSHOT, if set).
//
//   CODEBOT_BIN   the server binary (default ../target/debug/codebot)
//   CHROMIUM      the browser (default /usr/bin/chromium)
//
// The page always comes from the server (its embedded web/dist). It fails (exit 1) when
// the browser or the server is missing: it never skips.

import { join } from 'node:path';
import { artifacts, cleanup, fail, launchBrowser, preconditions, serverOutput, startServer, step } from './harness.mjs';

let browser;
let page;

/** Replaces everything in the focused Monaco editor of `editor` with `text`. */
async function replaceEditorText(editor, text) {
  await editor.locator('.monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // One insertion, not key by key: Monaco would close every `{` we type.
  await page.keyboard.insertText(text);
}

/** The text the response pane shows (Monaco renders lines as separate elements). */
async function responseText() {
  const lines = await page.locator('.graphiql-response .view-line').allTextContents();
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

async function main() {
  const chromium = await preconditions();
  const { api, adminKey } = await startServer();
  const local = new Set(['127.0.0.1', 'localhost', '[::1]']);

  const adminName = await step('create an integration through the API, so that there are events', async () => {
    const call = async (query, variables) => {
      const response = await fetch(`${api}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (!response.ok || body.errors) throw new Error(`${query} answered ${response.status}: ${JSON.stringify(body)}`);
      return body.data;
    };
    await call('mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { id } }', {
      input: {
        kind: 'http_poller',
        name: 'Orders (playground test)',
        prompt: 'Poll new orders',
        config: { url: 'https://api.example.com/orders', interval_seconds: 60 },
      },
    });
    return (await call('{ me { name } }')).me.name;
  });

  browser = await launchBrowser(chromium);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const aborted = [];
  // Only this machine is reachable: anything else is aborted and counted.
  const offline = (browserContext) =>
    browserContext.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !local.has(url.hostname)) {
        aborted.push(route.request().url());
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
  await offline(context);
  // Anything the page's Content-Security-Policy refuses, as the page itself hears of it.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} refused ${event.blockedURI || '(inline)'}`);
    });
  });
  page = await context.newPage();
  const consoleProblems = [];
  const pageErrors = [];
  const sockets = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(text)) consoleProblems.push(text);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('websocket', (socket) => sockets.push(socket.url()));

  await step('sign in on the dashboard with the admin key', async () => {
    await page.goto(`${api}/sign-in`);
    await page.getByLabel('API key').fill(adminKey);
    await page.getByRole('button', { name: 'Sign in with API key' }).click();
    await page.locator('.who[data-role="ADMIN"]').waitFor();
  });

  await step('GET /graphql serves the built-in playground under its own policy', async () => {
    const response = await page.goto(`${api}/graphql`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "worker-src 'self'"]) {
      if (!policy.includes(directive)) throw new Error(`the playground's Content-Security-Policy lacks ${directive}: ${policy}`);
    }
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
    const session = page.locator('[data-session="signed-in"]');
    await session.waitFor();
    if (!(await session.textContent())?.includes(adminName)) throw new Error(`the bar shows ${await session.textContent()}`);
  });

  await step('run { me { name role } } from the editor', async () => {
    await replaceEditorText(page.locator('.graphiql-query-editor'), '{ me { name role } }');
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('.graphiql-response .view-line')].map((l) => l.textContent).join('\n').includes(name),
      adminName,
      { timeout: 15_000 },
    );
    const text = await responseText();
    if (!text.includes('"role": "ADMIN"')) throw new Error(`unexpected response:\n${text}`);
  });

  await step('run a subscription over the websocket and see events arrive', async () => {
    await replaceEditorText(page.locator('.graphiql-query-editor'), 'subscription { events(afterPosition: 0) { position type } }');
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await page.waitForFunction(
      () => /"position":\s*\d+/.test([...document.querySelectorAll('.graphiql-response .view-line')].map((l) => l.textContent).join('\n').replace(/\u00a0/g, ' ')),
      undefined,
      { timeout: 20_000 },
    );
    const text = await responseText();
    if (!/"type":\s*"\w+"/.test(text)) throw new Error(`no event type in the response:\n${text}`);
    if (!sockets.some((url) => new URL(url).pathname === '/graphql/ws')) throw new Error(`no websocket to /graphql/ws (saw ${sockets.join(', ') || 'none'})`);
    // The subscription is still running: the button now stops it.
    await page.getByRole('button', { name: /^Stop query/ }).waitFor();
  });

  await step('the docs show the schema (introspection within the server’s depth limit)', async () => {
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await page.getByText('Root Types').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(artifacts, 'playground.png') });
    if (process.env.PLAYGROUND_SCREENSHOT) await page.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT });
    await page.getByRole('button', { name: /^Stop query/ }).click();
  });

  await step('nothing reached for the internet, and the policy refused nothing', async () => {
    const violations = await page.evaluate(() => window.__cspViolations);
    if (aborted.length > 0) throw new Error(`requests to other hosts were made (and aborted):\n${aborted.join('\n')}`);
    // Routes do not see websockets: those are checked by address.
    const away = sockets.filter((url) => !local.has(new URL(url).hostname));
    if (away.length > 0) throw new Error(`websockets to other hosts were opened:\n${away.join('\n')}`);
    if (violations.length > 0 || consoleProblems.length > 0) {
      throw new Error(`the Content-Security-Policy refused:\n${[...violations, ...consoleProblems].join('\n')}`);
    }
    if (pageErrors.length > 0) throw new Error(`the page threw:\n${pageErrors.join('\n')}`);
  });

  await step('signed out, the playground says how to authenticate', async () => {
    const stranger = await browser.newContext();
    await offline(stranger);
    const other = await stranger.newPage();
    await other.goto(`${api}/graphql`);
    await other.locator('[data-session="signed-out"]').waitFor();
    await stranger.close();
    if (aborted.length > 0) throw new Error(`requests to other hosts were made (and aborted):\n${aborted.join('\n')}`);
  });
}

try {
  await main();
  console.log('\nThe GraphQL playground works offline. Screenshot: e2e/artifacts/playground.png');
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
  await page?.screenshot({ path: join(artifacts, 'failure-playground.png') }).catch(() => {});
  const output = serverOutput();
  if (output) console.error(`\nLast server output:\n${output}`);
} finally {
  await cleanup(browser);
}
