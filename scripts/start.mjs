#!/usr/bin/env node
// Runs the built API, web server and demo service together (`npm start`). Ctrl-C or
// SIGTERM stops all three; if one exits on its own, the others are stopped too, and the
// exit code says so.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT ?? '3001';
const webPort = process.env.WEB_PORT ?? '3000';
const demoPort = process.env.DEMO_PORT ?? '3002';
// The demo registers itself with the API as any watched service would: with the agent
// token, here a fresh one per start unless AGENT_TOKEN is given.
const agentToken = process.env.AGENT_TOKEN ?? randomBytes(24).toString('base64url');

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
      AGENT_TOKEN: agentToken,
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
  {
    name: 'demo',
    entry: join(root, 'apps/demo/dist/main.js'),
    args: ['--enable-source-maps'],
    env: {
      PORT: demoPort,
      HOST: '127.0.0.1',
      VIGIL_SERVER_URL: `http://127.0.0.1:${apiPort}`,
      VIGIL_AGENT_TOKEN: agentToken,
      // A little traffic of its own, so that its Instances page has something to show.
      DEMO_TRAFFIC_PER_SECOND: process.env.DEMO_TRAFFIC_PER_SECOND ?? '5',
    },
  },
];

for (const server of servers) {
  if (!existsSync(server.entry)) {
    console.error(`${server.entry} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}

/** Prefixes each line so the logs stay readable when interleaved. */
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
console.log(
  `Vigil: web on http://localhost:${webPort}, API on http://localhost:${apiPort}, demo service on http://localhost:${demoPort} (Ctrl-C stops all three)`,
);
