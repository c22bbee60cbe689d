// The detail page's facts in a real browser against a real server (issue #16, item 7):
// a signed-out load with no failed request, the live indicator on every page, a local
// pull request's changes shown in the dashboard and merged once deployed, the history
// a page at a time, a rejected run's test report as rolled back, the rounds after a
// retry, and a cancellation said once. Screenshots go to e2e/artifacts/.
//
//   CODEBOT_BIN, CHROMIUM, E2E_UI   as for e2e/dashboard.mjs (E2E_UI=server uses the
//                                    dashboard the server serves; otherwise web/dist)
//
// It fails (exit 1) when the browser or the server is missing: it never skips.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  artifacts,
  cleanup,
  fail,
  freePort,
  graphql,
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
  if (uiMode === 'dist' && !existsSync(join(web, 'dist', 'index.html'))) throw new Error('web/dist is missing: run `npm run build`');
  const chromium = await preconditions();
  const { api, adminKey, server } = await startServer();
  const gql = graphql(api, adminKey);

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

  const create = async (name) =>
    (
      await gql('mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { id } }', {
        input: {
          kind: 'http_poller',
          name,
          description: 'Made by the details browser test',
          prompt: 'Poll the orders endpoint and emit new orders',
          config: { url: 'https://api.example.com/orders', interval_seconds: 60 },
        },
      })
    ).createIntegration.id;
  const stateOf = async (id) => (await gql('query($id: ID!) { integration(id: $id) { state } }', { id })).integration.state;
  const reach = (id, state) => waitFor(`${id} to reach ${state}`, async () => (await stateOf(id)) === state, 60_000, server);

  browser = await launchBrowser(chromium);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  pages.push(page);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await step('a signed-out load asks for the session without a failed request', async () => {
    const failed = [];
    const consoleErrors = [];
    const onResponse = (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    };
    const onConsole = (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    };
    page.on('response', onResponse);
    page.on('console', onConsole);
    await page.goto(`${base}/integrations/new`);
    await page.waitForURL('**/sign-in**');
    await page.getByLabel('API key').waitFor();
    // Let anything late arrive.
    await page.waitForTimeout(500);
    page.off('response', onResponse);
    page.off('console', onConsole);
    if (failed.length > 0) throw new Error(`failed requests: ${failed.join(', ')}`);
    if (consoleErrors.length > 0) throw new Error(`console errors: ${consoleErrors.join(' | ')}`);
  });

  await step('sign in; the form page shows the live connection', async () => {
    await page.getByLabel('API key').fill(adminKey);
    await page.getByRole('button', { name: 'Sign in with API key' }).click();
    await page.waitForURL('**/integrations/new');
    await page.getByLabel('Prompt').waitFor();
    await page.locator('[data-live="online"]').waitFor({ timeout: 15_000 });
  });

  await step('the admin page shows the live connection', async () => {
    await page.goto(`${base}/admin`);
    await page.getByRole('heading', { name: 'System status' }).waitFor();
    await page.locator('[data-live="online"]').waitFor({ timeout: 15_000 });
  });

  const merged = await create('Merged on approval');
  const rejected = await create('Rejected then retried');
  const cancelled = await create('Cancelled in review');
  await step('three integrations reach review, one of them twice (a change request)', async () => {
    for (const id of [merged, rejected, cancelled]) await reach(id, 'REVIEWING');
    await gql('mutation($id: ID!) { requestChanges(id: $id, comment: "log every order") { state } }', { id: merged });
    await waitFor('the second review', async () => {
      const { integration } = await gql('query($id: ID!) { integration(id: $id) { state round } }', { id: merged });
      return integration.state === 'REVIEWING' && integration.round === 2;
    });
  });

  await step('the local pull request shows its branch, commit and diff in the dashboard', async () => {
    await page.goto(`${base}/integrations/${encodeURIComponent(merged)}`);
    await page.locator('h1 [data-state="REVIEWING"]').waitFor();
    await page.locator('[data-testid="pull-request-state"]', { hasText: '(open)' }).waitFor();
    if ((await page.locator('a[href^="file:"]').count()) !== 0) throw new Error('a file:// link is still shown');
    await page.locator('[data-testid="show-changes"]').click();
    const changes = page.locator('[data-testid="pull-request-changes"]');
    await changes.waitFor();
    await changes.getByText(`integrations/${merged}/poller.py`, { exact: true }).waitFor();
    await changes.locator('.diff-file', { hasText: `+++ b/integrations/${merged}/poller.py` }).waitFor();
    if ((await changes.locator('.diff-add').count()) < 5) throw new Error('the diff shows no added lines');
    // Both rounds' commits, newest first.
    await changes.getByText('Add integration: Merged on approval').nth(1).waitFor();
    await page.getByRole('heading', { name: new RegExp(`codebot/${merged}`) }).waitFor();
    await page.screenshot({ path: join(artifacts, 'details-changes.png'), fullPage: true });
  });

  await step('approved and deployed, the pull request is merged', async () => {
    await page.locator('[data-action="approve"]').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await page.locator('h1 [data-state="ACTIVE"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="pull-request-state"]', { hasText: '(merged)' }).waitFor({ timeout: 10_000 });
  });

  await step('the history shows a page at a time', async () => {
    const { integration } = await gql('query($id: ID!) { integration(id: $id) { version } }', { id: merged });
    const rows = page.locator('table.events tbody tr');
    const total = integration.version;
    if (total <= 25 || total > 50) throw new Error(`expected two pages of history, got ${total} events`);
    await page.locator('[data-testid="history-page"]', { hasText: `Events ${total - 24}–${total} of ${total} · page 2 of 2` }).waitFor();
    if ((await rows.count()) !== 25) throw new Error(`${await rows.count()} rows on the newest page`);
    await rows.last().locator('td[data-label="#"]', { hasText: new RegExp(`^${total}$`) }).waitFor();
    await page.getByRole('button', { name: 'Oldest' }).click();
    await page.locator('[data-testid="history-page"]', { hasText: `Events 1–${total - 25} of ${total} · page 1 of 2` }).waitFor();
    await rows.first().locator('td[data-label="#"]', { hasText: /^1$/ }).waitFor();
    if ((await rows.count()) !== total - 25) throw new Error(`the oldest page has ${await rows.count()} rows`);
    await page.getByRole('button', { name: 'Newest' }).click();
    await rows.last().locator('td[data-label="#"]', { hasText: new RegExp(`^${total}$`) }).waitFor();
  });

  await step('a rejected run’s test report shows as rolled back, not passed', async () => {
    await gql('mutation($id: ID!) { rejectIntegration(id: $id, reason: "not this way") { state } }', { id: rejected });
    await waitFor('the compensation of the tests', async () => {
      const { integration } = await gql('query($id: ID!) { integration(id: $id) { steps { name status } } }', { id: rejected });
      return integration.steps.find((s) => s.name === 'TEST')?.status === 'COMPENSATED';
    });
    await page.goto(`${base}/integrations/${encodeURIComponent(rejected)}`);
    await page.locator('h1 [data-state="FAILED"]').waitFor();
    await page.locator('[data-testid="test-report-badge"]', { hasText: 'Passed, then rolled back' }).waitFor();
    await page.locator('[data-testid="failure"]', { hasText: 'Rejected in review: not this way' }).waitFor();
    await page.locator('[data-testid="pull-request-state"]', { hasText: '(closed)' }).waitFor();
  });

  await step('after a retry the rounds go on counting', async () => {
    await gql('mutation($id: ID!) { retryIntegration(id: $id) { state } }', { id: rejected });
    await page.locator('h1 [data-state="REVIEWING"]').waitFor({ timeout: 60_000 });
    await page.locator('dt', { hasText: 'Rounds' }).locator('xpath=following-sibling::dd[1]', { hasText: /^2$/ }).waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="test-report-badge"]', { hasText: /^Passed$/ }).waitFor();
  });

  await step('a cancellation says so once', async () => {
    await gql('mutation($id: ID!) { cancelIntegration(id: $id) { state } }', { id: cancelled });
    await page.goto(`${base}/integrations/${encodeURIComponent(cancelled)}`);
    await page.locator('h1 [data-state="FAILED"]').waitFor();
    const text = (await page.locator('[data-testid="failure"]').textContent())?.trim();
    if (text !== 'Cancelled.') throw new Error(`the failure reads “${text}”`);
    await page.locator('tr[data-event-type="STATE_CHANGED"]', { hasText: 'REVIEWING → FAILED (cancelled)' }).waitFor();
    if ((await page.getByText('(cancelled): cancelled').count()) !== 0) throw new Error('the history repeats the cancellation');
    // Its pull request is closed by the compensation, not left open.
    await page.locator('[data-testid="pull-request-state"]', { hasText: '(closed)' }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(artifacts, 'details-cancelled.png'), fullPage: true });
  });

  if (pageErrors.length > 0) throw new Error(`the page threw:\n${pageErrors.join('\n')}`);
}

try {
  await main();
  console.log('\nThe detail page’s facts hold. Screenshots are in e2e/artifacts/.');
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
  for (const [index, open] of pages.entries()) {
    await open.screenshot({ path: join(artifacts, `details-failure-${index + 1}.png`), fullPage: true }).catch(() => {});
  }
  const output = serverOutput();
  if (output) console.error(`\nLast server output:\n${output}`);
} finally {
  await cleanup(browser);
}
