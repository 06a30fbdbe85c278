import { fileURLToPath } from 'node:url';

// Trace from the monorepo root so the standalone output includes hoisted node_modules
// and @vigil/types, and lands at .next/standalone/apps/web/server.js.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
