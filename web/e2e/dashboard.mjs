// The dashboard in a real browser against a real server: signs in with the admin key,
// creates an integration, watches it reach REVIEWING live, approves it, sees it ACTIVE,
// then checks that a viewer sees no actions and that the server refuses a viewer's
// forged mutation. Screenshots go to e2e/artifacts/.
//
//   CODEBOT_BIN   the server binary (default ../target/debug/codebot)
//   CHROMIUM      the browser (default /usr/bin/chromium)
//   E2E_UI        `dist` (default): serve web/dist with `vite preview`, proxying the API
//                 to the server; `server`: use the dashboard the server itself serves
//
// It fails (exit 1) when the browser or the server is missing: it never skips.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  artifacts,
  cleanup,
  fail,
  freePort,
  launchBrowser,
  preconditions,
  serverOutput,
  start,
  startServer,
  step,
  waitFor,
  web,
} from './harness.mjs';

const uiMode = process.env.E2E_UI ?? 'dist';
let browser;
const pages = [];

async function main() {
  // Preconditions: loud, never skipped.
  if (uiMode === 'dist' && !existsSync(join(web, 'dist', 'index.html'))) throw new Error('web/dist is missing: run `npm run build`');
  const chromium = await preconditions();
  const { api, adminKey } = await startServer();

  let base = api;
  if (uiMode === 'dist') {
    const uiPort = await freePort();
    const preview = start('vite preview', process.execPath, [join(web, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(uiPort), '--strictPort'], {
      cwd: web,
      env: { ...process.env, DASHBOARD_API_URL: api },
    });
    base = `http://127.0.0.1:${uiPort}`;
    await step('serve web/dist', () => waitFor('vite preview', async () => (await fetch(`${base}/`)).ok, 30_000, preview));
  }

  browser = await launchBrowser(chromium);
  const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await admin.newPage();
  pages.push(page);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await step('a signed-out visit lands on the sign-in page', async () => {
    await page.goto(`${base}/`);
    await page.waitForURL('**/sign-in**');
    await page.getByRole('heading', { name: /Sign in/ }).waitFor();
  });

  await step('a wrong API key is refused with a message', async () => {
    await page.getByLabel('API key').fill('cb_not-a-real-key-0000000000000000');
    await page.getByRole('button', { name: 'Sign in with API key' }).click();
    await page.locator('#api-key-error').waitFor();
  });

  await step('sign in with the admin key', async () => {
    await page.getByLabel('API key').fill(adminKey);
    await page.getByRole('button', { name: 'Sign in with API key' }).click();
    await page.getByRole('heading', { name: 'Integrations' }).waitFor();
    await page.locator('.who[data-role="ADMIN"]').waitFor();
  });

  await step('the session survives a reload', async () => {
    await page.reload();
    await page.locator('.who[data-role="ADMIN"]').waitFor();
  });

  await step('the server’s field errors show beside the fields', async () => {
    await page.getByRole('link', { name: 'New integration' }).click();
    await page.getByLabel('Prompt').waitFor();
    await page.getByLabel('http_poller').check();
    await page.getByLabel('Prompt').fill('Poll new orders');
    await page.getByRole('button', { name: /Create/ }).click();
    const message = await page.locator('#name-error').textContent({ timeout: 10_000 });
    if (!/characters/.test(message ?? '')) throw new Error(`unexpected name error: ${message}`);
  });

  const id = await step('create an integration', async () => {
    await page.getByLabel('Name', { exact: true }).fill('Orders (browser test)');
    await page.getByLabel('Description').fill('Made by the dashboard browser test');
    await page.getByRole('button', { name: /Create/ }).click();
    await page.waitForURL(/\/integrations\/(?!new)[^/]+$/);
    return decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
  });

  await step('its badge on the board reaches REVIEWING without a reload', async () => {
    await page.getByRole('link', { name: 'Board' }).click();
    const row = page.locator(`tr[data-integration="${id}"]`);
    await row.waitFor();
    await page.evaluate(() => {
      window.__noReload = true;
    });
    await row.locator('[data-state="REVIEWING"]').waitFor({ timeout: 60_000 });
    if (!(await page.evaluate(() => window.__noReload === true))) throw new Error('the page reloaded');
    await page.locator('[data-live="online"]').waitFor();
    await page.locator('[data-state-count="REVIEWING"] .count', { hasText: /^1$/ }).waitFor({ timeout: 5_000 });
    await page.screenshot({ path: join(artifacts, 'board.png'), fullPage: true });
  });

  await step('approve it and see it ACTIVE live', async () => {
    await page.locator(`tr[data-integration="${id}"] a.name`).click();
    await page.locator('h1 [data-state="REVIEWING"]').waitFor();
    await page.locator('[data-action="approve"]').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await page.locator('h1 [data-state="ACTIVE"]').waitFor({ timeout: 60_000 });
    await page.locator('tr[data-event-type="DEPLOYED"]').waitFor();
    await page.locator('[data-step="DEPLOY"] .badge', { hasText: 'Succeeded' }).waitFor();
    await page.screenshot({ path: join(artifacts, 'detail.png'), fullPage: true });
  });

  await step('view it as of an earlier version', async () => {
    await page.getByRole('button', { name: 'As of v1', exact: true }).click();
    await page.getByRole('heading', { name: 'As of version 1' }).waitFor();
    await page.locator('.time-travel [data-state]').first().waitFor();
    await page.getByRole('button', { name: 'Back to now' }).click();
  });

  await step('the live indicator shows a lost connection and recovers', async () => {
    await admin.setOffline(true);
    await page.locator('[data-live="offline"]').waitFor({ timeout: 15_000 });
    await admin.setOffline(false);
    await page.locator('[data-live="online"]').waitFor({ timeout: 30_000 });
  });

  await step('create a key of one’s own on the admin page', async () => {
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'System status' }).waitFor();
    await page.getByText('No networked providers (the offline generator is in use).').waitFor();
    // `codebot serve` runs a worker in the same process: it reports itself and its database bulkhead.
    await page.getByRole('heading', { name: 'Workers' }).waitFor();
    await page.locator('[data-worker]').first().waitFor();
    await page.locator('[data-bulkhead="DATABASE"]').first().waitFor();
    await page.getByLabel('Name', { exact: true }).fill('deploy bot (browser test)');
    await page.getByLabel('Role', { exact: true }).selectOption('DEVELOPER');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText('created for you').waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
  });

  const viewerKey = await step('invite a viewer on the admin page and get their key once', async () => {
    await page.getByLabel('Person’s name').fill('Vera Viewer');
    await page.getByLabel('Their role').selectOption('VIEWER');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    const secret = (await page.locator('[data-secret]').textContent())?.trim();
    if (!secret) throw new Error('no secret shown');
    // A user of their own, with their own first key in the list.
    await page.locator('td[data-label="Name"]', { hasText: 'Vera Viewer' }).waitFor();
    await page.locator('td[data-label="Owner"]', { hasText: 'Vera Viewer' }).waitFor();
    await page.screenshot({ path: join(artifacts, 'admin.png'), fullPage: true });
    return secret;
  });

  await step('sign out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in**');
    await page.reload();
    await page.getByLabel('API key').waitFor();
  });

  const viewer = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const phone = await viewer.newPage();
  pages.push(phone);
  phone.on('pageerror', (error) => pageErrors.push(error.message));

  await step('a viewer signs in and sees no action buttons', async () => {
    await phone.goto(`${base}/integrations/${encodeURIComponent(id)}`);
    await phone.waitForURL('**/sign-in**');
    await phone.getByLabel('API key').fill(viewerKey);
    await phone.getByRole('button', { name: 'Sign in with API key' }).click();
    await phone.locator('h1 [data-state="ACTIVE"]').waitFor();
    // The invited person is themselves, not the administrator who invited them.
    await phone.locator('.who[data-role="VIEWER"]', { hasText: 'Vera Viewer' }).waitFor();
    if ((await phone.locator('[data-action]').count()) !== 0) throw new Error('a viewer sees action buttons');
    await phone.screenshot({ path: join(artifacts, 'detail-viewer-phone.png'), fullPage: true });
    await phone.getByRole('link', { name: 'Board' }).click();
    await phone.locator(`tr[data-integration="${id}"]`).waitFor();
    if ((await phone.getByRole('link', { name: 'New integration' }).count()) !== 0) throw new Error('a viewer may create');
    await phone.screenshot({ path: join(artifacts, 'board-viewer-phone.png'), fullPage: true });
  });

  await step('the server refuses a viewer’s forged mutations', async () => {
    const answers = await phone.evaluate(async (integrationId) => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('codebot_csrf='))?.split('=')[1] ?? '';
      const post = async (query, headers) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables: { id: integrationId } }),
        });
        return { status: response.status, body: await response.json().catch(() => null) };
      };
      return {
        deprecate: await post('mutation($id: ID!) { deprecateIntegration(id: $id) { state } }', { 'X-CSRF-Token': csrf }),
        approve: await post('mutation($id: ID!) { approveIntegration(id: $id) { state } }', { 'X-CSRF-Token': csrf }),
        noCsrf: await post('mutation($id: ID!) { deprecateIntegration(id: $id) { state } }', {}),
        read: await post('query($id: ID!) { integration(id: $id) { state } }', { 'X-CSRF-Token': csrf }),
      };
    }, id);
    for (const name of ['deprecate', 'approve']) {
      const code = answers[name].body?.errors?.[0]?.extensions?.code;
      if (code !== 'FORBIDDEN') throw new Error(`${name} by a viewer answered ${JSON.stringify(answers[name])}`);
    }
    if (answers.noCsrf.status !== 403) throw new Error(`a cookie POST without the CSRF header answered ${answers.noCsrf.status}`);
    if (answers.read.body?.data?.integration?.state !== 'ACTIVE') throw new Error(`the integration changed: ${JSON.stringify(answers.read)}`);
  });

  if (pageErrors.length > 0) throw new Error(`the page threw:\n${pageErrors.join('\n')}`);
}

try {
  await main();
  console.log('\nThe dashboard works end to end. Screenshots are in e2e/artifacts/.');
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
  for (const [index, open] of pages.entries()) {
    await open.screenshot({ path: join(artifacts, `failure-${index + 1}.png`), fullPage: true }).catch(() => {});
  }
  const output = serverOutput();
  if (output) console.error(`\nLast server output:\n${output}`);
} finally {
  await cleanup(browser);
}
