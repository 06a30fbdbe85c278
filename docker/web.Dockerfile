# syntax=docker/dockerfile:1
#
# Vigil web (Next.js standalone) image.
#
# The build context is the repository root, not this folder: the build needs the root
# lockfile and the @vigil/types workspace, and Next traces files from the repo root
# (outputFileTracingRoot).
#
#   docker build -f docker/web.Dockerfile -t vigil-web .
#
# The context's ignore rules are in docker/web.Dockerfile.dockerignore, which BuildKit
# reads instead of a root .dockerignore. The legacy builder (DOCKER_BUILDKIT=0) only
# reads a root .dockerignore, which then needs the same patterns.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------
# deps: identical to the deps stage of api.Dockerfile so both images share this layer.
# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# swagger-ui-dist depends on @scarf/scarf, whose install script reports the download.
ENV SCARF_ANALYTICS=false
# Manifests only, so the slow install layer is reused until a dependency changes.
# npm install resolves the lockfile across every workspace, so every workspace's package.json
# has to be present: add new workspaces here.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/demo/package.json apps/demo/
COPY apps/web/package.json apps/web/
COPY packages/nestjs/package.json packages/nestjs/
COPY packages/types/package.json packages/types/
RUN npm install --no-audit --no-fund

# ---------------------------------------------------------------------------------------
# build: @vigil/types first (the web app imports its dist), then `next build`, whose
# standalone output already holds the traced node_modules the server needs.
# ---------------------------------------------------------------------------------------
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY tsconfig.base.json ./
COPY packages/types packages/types
COPY apps/web apps/web
# public/ is optional in a Next app but COPY fails on a missing source, so make sure it
# exists (empty is fine).
RUN npm run build -w packages/types \
 && npm run build -w apps/web \
 && mkdir -p apps/web/public

# ---------------------------------------------------------------------------------------
# runtime: the standalone tree only. No npm install here: Next's file tracing already
# decided which packages the server loads.
# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
WORKDIR /app

# Standalone output mirrors the repo layout from outputFileTracingRoot, so the server
# sits at apps/web/server.js and chdirs to its own folder at start.
COPY --from=build /app/apps/web/.next/standalone ./
# The web build is expected to copy these into the standalone tree already; copying them
# again is harmless and keeps the image working if that step is ever dropped (without
# them every JS/CSS asset 404s).
COPY --from=build /app/apps/web/.next/static apps/web/.next/static
COPY --from=build /app/apps/web/public apps/web/public

# Next writes its runtime cache (image optimisation, ISR) under .next/cache; the rest of
# the tree stays root-owned and read-only to the process.
RUN mkdir -p apps/web/.next/cache && chown node:node apps/web/.next/cache

USER node
EXPOSE 3000
STOPSIGNAL SIGTERM
# Any answer below 500 proves the server renders. The browser, not this server, calls
# the API, so an API outage does not fail this check. No curl in slim images.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/', { signal: AbortSignal.timeout(2000) }).then((r) => process.exit(r.status < 500 ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/web/server.js"]
