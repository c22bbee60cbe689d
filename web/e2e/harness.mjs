// What the browser tests share: the server binary started on a free port with a fresh
// data directory, its admin key, Debian's Chromium, numbered steps, and the cleanup.
//
//   CODEBOT_BIN   the server binary (default ../target/debug/codebot)
//   CHROMIUM      the browser (default /usr/bin/chromium)
//
// Each test fails (exit 1) when the browser or the server is missing: none skips.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const web = fileURLToPath(new URL('..', import.meta.url));
export const artifacts = join(web, 'e2e', 'artifacts');
export const serverBin = resolve(web, process.env.CODEBOT_BIN ?? '../target/debug/codebot');
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const children = [];
let dataDir;

export function fail(message) {
  console.error(`\nFAIL: ${message}`);
  process.exitCode = 1;
}

export function freePort() {
  return new Promise((ok, no) => {
    const server = createServer();
    server.unref();
    server.on('error', no);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

export function start(name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: false });
  child.output = '';
  const keep = (chunk) => {
    child.output += chunk.toString();
    if (child.output.length > 200_000) child.output = child.output.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => {
    child.exited = { code, signal };
  });
  child.label = name;
  children.push(child);
  return child;
}

export async function waitFor(what, check, timeoutMs = 60_000, child) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child?.exited) throw new Error(`${child.label} exited (${JSON.stringify(child.exited)}) while waiting for ${what}:\n${child.output.slice(-4000)}`);
    try {
      const value = await check();
      if (value) return value;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let stepNumber = 0;
export async function step(name, body) {
  stepNumber += 1;
  const started = Date.now();
  process.stdout.write(`${String(stepNumber).padStart(2)}. ${name} … `);
  try {
    const result = await body();
    console.log(`ok (${Date.now() - started} ms)`);
    return result;
  } catch (error) {
    console.log('FAILED');
    throw error;
  }
}

/** Checks the preconditions (loudly), then loads playwright-core's Chromium driver. */
export async function preconditions() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no browser at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM`);
  }
  if (!existsSync(serverBin)) throw new Error(`no server binary at ${serverBin}: build it (cargo build) or set CODEBOT_BIN`);
  mkdirSync(artifacts, { recursive: true });
  return (await import('playwright-core')).chromium;
}

/** Starts `codebot serve` on a free port with a fresh data directory (and `settings` on
 * top); returns its URL and admin key. */
export async function startServer(settings = {}) {
  dataDir = mkdtempSync(join(tmpdir(), 'codebot-e2e-'));
  const apiPort = await freePort();
  const api = `http://127.0.0.1:${apiPort}`;
  // The server refuses unknown CODEBOT_ variables, so this test's own stay out.
  const { CODEBOT_BIN: _bin, ...inherited } = process.env;
  const server = start('codebot', serverBin, ['serve'], {
    cwd: dataDir,
    env: {
      ...inherited,
      CODEBOT_ADDR: `127.0.0.1:${apiPort}`,
      CODEBOT_DATA_DIR: join(dataDir, 'data'),
      DATABASE_URL: `sqlite://${join(dataDir, 'data', 'codebot.db')}`,
      CODEBOT_LOG: process.env.CODEBOT_LOG ?? 'warn',
      ...settings,
    },
  });
  await step(`start the server (${serverBin})`, () => waitFor('/readyz', async () => (await fetch(`${api}/readyz`)).ok, 90_000, server));

  const adminKey = await step('read the admin key printed at first start', () =>
    waitFor(
      'the admin API key',
      () => {
        const file = join(dataDir, 'data', 'admin-api-key');
        if (existsSync(file)) return readFileSync(file, 'utf8').trim();
        return server.output.match(/\bcb_[A-Za-z0-9_-]{16,}/)?.[0];
      },
      10_000,
      server,
    ),
  );
  return { api, adminKey, server };
}

/** GraphQL as a program, with the admin key: sets the scene the browser then shows. */
export function graphql(api, key) {
  return async (query, variables = {}) => {
    const response = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors?.length) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

/** Headless Debian Chromium, with nothing of its own talking to the network. */
export function launchBrowser(chromium) {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The server's last words, for a failure report. */
export function serverOutput() {
  return children.find((c) => c.label === 'codebot')?.output.slice(-3000);
}

export async function cleanup(browser) {
  await browser?.close().catch(() => {});
  for (const child of children) {
    if (!child.exited) child.kill('SIGTERM');
  }
  await Promise.all(
    children.map(
      (child) =>
        new Promise((done) => {
          if (child.exited) return done();
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            done();
          }, 5000);
          child.on('exit', () => {
            clearTimeout(timer);
            done();
          });
        }),
    ),
  );
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
