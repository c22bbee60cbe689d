// A failed undo on the dashboard: with a deploy command that fails (and so does its
// rollback), an approved integration ends FAILED and its rollback is given up after
// its retries. The detail page says so, and the administrator resolves it by hand and
// watches the pipeline close the pull request.
// Runs against the dashboard the server itself serves.
//
//   CODEBOT_BIN   the server binary (default ../target/debug/codebot)
//   CHROMIUM      the browser (default /usr/bin/chromium)

import { join } from 'node:path';
import { artifacts, cleanup, fail, graphql, launchBrowser, preconditions, serverOutput, startServer, step, waitFor } from './harness.mjs';

let browser;
const pages = [];

async function main() {
  const chromium = await preconditions();
  const { api, adminKey } = await startServer({
    CODEBOT_DEPLOYER: 'command',
    CODEBOT_DEPLOY_COMMAND: 'echo the host refused >&2; false',
    CODEBOT_RETRY_BASE_MS: '20',
  });
  const gql = graphql(api, adminKey);

  const id = await step('an approved integration whose deployment and rollback fail', async () => {
    const created = await gql(
      'mutation { createIntegration(input: { kind: "http_poller", name: "Unlucky (browser test)", prompt: "poll", config: { url: "https://api.example.com/x", interval_seconds: 60 } }) { id } }',
    );
    const id = created.createIntegration.id;
    const state = async () => (await gql('query($id: ID!) { integration(id: $id) { state compensationFailed { step } } }', { id })).integration;
    await waitFor('REVIEWING', async () => (await state()).state === 'REVIEWING', 60_000);
    await gql('mutation($id: ID!) { approveIntegration(id: $id) { state } }', { id });
    await waitFor('the rollback given up', async () => (await state()).compensationFailed?.step === 'DEPLOY', 60_000);
    return id;
  });

  browser = await launchBrowser(chromium);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  pages.push(page);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await step('the administrator sees the failed undo on the detail page', async () => {
    await page.goto(`${api}/`);
    await page.getByLabel('API key').fill(adminKey);
    await page.getByRole('button', { name: 'Sign in with API key' }).click();
    await page.locator('.who[data-role="ADMIN"]').waitFor();
    await page.goto(`${api}/integrations/${encodeURIComponent(id)}`);
    const notice = page.locator('#compensation-failed');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    if (!/Undoing the deployment failed/.test(text) || !/3 attempts/.test(text) || !/the host refused/.test(text)) {
      throw new Error(`unexpected notice: ${text}`);
    }
    await page.locator('tr[data-event-type="COMPENSATION_FAILED"]').first().waitFor();
    await page.screenshot({ path: join(artifacts, 'compensation-failed.png'), fullPage: true });
  });

  await step('resolving it by hand lets the pipeline close the pull request', async () => {
    await page.locator('[data-action="resolveCompensation"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('What was done').fill('stopped it on the host by hand');
    await dialog.getByRole('button', { name: 'Mark resolved' }).click();
    await page.locator('#compensation-failed').waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('tr[data-event-type="COMPENSATION_RESOLVED"]').first().waitFor({ timeout: 30_000 });
    await waitFor(
      'the pull request closed',
      async () => (await gql('query($id: ID!) { integration(id: $id) { pullRequest { state } } }', { id })).integration.pullRequest.state === 'CLOSED',
      30_000,
    );
  });

  if (pageErrors.length > 0) throw new Error(`the page threw:\n${pageErrors.join('\n')}`);
}

try {
  await main();
  console.log('\nA failed undo shows on the dashboard and is resolved from it.');
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
  for (const [index, open] of pages.entries()) {
    await open.screenshot({ path: join(artifacts, `compensation-failure-${index + 1}.png`), fullPage: true }).catch(() => {});
  }
  const output = serverOutput();
  if (output) console.error(`\nLast server output:\n${output}`);
} finally {
  await cleanup(browser);
}
