// Rebuilds the dashboard and the GraphQL playground into a temporary directory and fails when the result differs
// from the committed dist/ (the codebot binary embeds dist/, so it must match the
// sources). Run after `npm ci`.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const committed = join(root, 'dist');
const fresh = mkdtempSync(join(tmpdir(), 'codebot-dist-'));

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out;
}

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

let failed = false;
try {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  run(npx, ['graphql-codegen', '--config', 'codegen.ts']);
  run(npx, ['vite', 'build', '--logLevel', 'warn', '--outDir', fresh, '--emptyOutDir']);
  // The GraphQL playground: a second build into the same directory.
  run(npx, ['vite', 'build', '--config', 'vite.playground.config.ts', '--logLevel', 'warn', '--outDir', fresh]);
  let want;
  try {
    want = files(committed).map((p) => relative(committed, p));
  } catch {
    console.error('check-dist: dist/ is missing; run `npm run build` and commit dist/.');
    process.exit(1);
  }
  const got = files(fresh).map((p) => relative(fresh, p));
  for (const name of new Set([...want, ...got])) {
    if (!want.includes(name)) {
      console.error(`check-dist: the build makes ${name}, which dist/ lacks`);
      failed = true;
    } else if (!got.includes(name)) {
      console.error(`check-dist: dist/${name} is not made by the build any more`);
      failed = true;
    } else if (!readFileSync(join(committed, name)).equals(readFileSync(join(fresh, name)))) {
      console.error(`check-dist: dist/${name} differs from a fresh build`);
      failed = true;
    }
  }
  if (failed) console.error('check-dist: dist/ is stale; run `npm run build` and commit dist/.');
  else console.log(`check-dist: dist/ matches a fresh build (${got.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
