#!/usr/bin/env node
// Runs the built API and web servers together (`npm start`). Ctrl-C or SIGTERM stops
// both; if either exits on its own, the other is stopped too, and the exit code says so.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT ?? '3001';
const webPort = process.env.WEB_PORT ?? '3000';

const servers = [
  {
    name: 'api',
    entry: join(root, 'apps/api/dist/main.js'),
    args: ['--enable-source-maps'],
    // No load balancer in front locally, so nothing to drain on Ctrl-C.
    env: {
      PORT: apiPort,
      SHUTDOWN_DRAIN_MS: process.env.SHUTDOWN_DRAIN_MS ?? '0',
      // The page calls the API from the browser: allow the origin it is actually served on.
      CORS_ORIGINS: process.env.CORS_ORIGINS ?? `http://localhost:${webPort},http://127.0.0.1:${webPort}`,
    },
  },
  {
    name: 'web',
    entry: join(root, 'apps/web/.next/standalone/apps/web/server.js'),
    args: [],
    env: {
      PORT: webPort,
      HOSTNAME: process.env.WEB_HOSTNAME ?? '0.0.0.0',
      VIGIL_API_URL: process.env.VIGIL_API_URL ?? `http://localhost:${apiPort}`,
    },
  },
];

for (const server of servers) {
  if (!existsSync(server.entry)) {
    console.error(`${server.entry} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}

/** Prefixes each line so the two logs stay readable when interleaved. */
function pipeWithPrefix(stream, prefix, target) {
  let pending = '';
  stream.on('data', (chunk) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) target.write(`${prefix} ${line}\n`);
  });
  stream.on('end', () => pending && target.write(`${prefix} ${pending}\n`));
}

let stopping = false;
let exitCode = 0;
const children = servers.map((server) => {
  const child = spawn(process.execPath, [...server.args, server.entry], {
    cwd: root,
    env: { ...process.env, ...server.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  pipeWithPrefix(child.stdout, `[${server.name}]`, process.stdout);
  pipeWithPrefix(child.stderr, `[${server.name}]`, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${server.name}] exited (${signal ?? code}); stopping the others`);
      exitCode = code || 1;
      stopAll('SIGTERM');
    }
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(exitCode);
  });
  return child;
});

function stopAll(signal) {
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}

process.on('SIGINT', () => stopAll('SIGTERM'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
console.log(`Vigil: web on http://localhost:${webPort}, API on http://localhost:${apiPort} (Ctrl-C stops both)`);
