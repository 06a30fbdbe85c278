#!/usr/bin/env node
// The standalone server serves `.next/static` and `public` only when they sit beside it;
// `next build` leaves them out because a CDN usually serves them, so copy them in.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const standaloneAppDir = join(appDir, '.next/standalone/apps/web');

if (!existsSync(join(standaloneAppDir, 'server.js'))) {
  console.error(`${standaloneAppDir}/server.js is missing: did "next build" run with output: 'standalone'?`);
  process.exit(1);
}

const copies = [
  { from: join(appDir, '.next/static'), to: join(standaloneAppDir, '.next/static') },
  { from: join(appDir, 'public'), to: join(standaloneAppDir, 'public') },
];

for (const { from, to } of copies) {
  if (!existsSync(from)) continue;
  // A stale copy from an earlier build would keep serving old chunk hashes.
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  console.log(`copied ${from} -> ${to}`);
}
