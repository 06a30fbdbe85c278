/**
 * An in-memory PGlite behind a wire-protocol socket on loopback, in a process of its
 * own: PGlite loads its WebAssembly with a dynamic import, which Jest's module sandbox
 * refuses. Prints `READY <url>` once it listens; ends when its stdin closes (the
 * parent went away) or on SIGTERM.
 */
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { process: node } = globalThis;
// The TypeScript source is loaded through esbuild-register's require hook.
const load = createRequire(import.meta.url);
load('esbuild-register/dist/node').register();
const { keepProtocolCyclesTogether } = load('../../src/database/pglite-message-order.ts');

const db = await PGlite.create();
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
keepProtocolCyclesTogether(server);
await server.start();

let isStopping = false;
async function stop() {
  if (isStopping) return;
  isStopping = true;
  await server.stop();
  await db.close();
  node.exit(0);
}
node.on('SIGTERM', stop);
node.stdin.on('end', stop);
node.stdin.resume();
node.stdout.write(`READY postgres://postgres@${server.getServerConn()}/postgres\n`);
