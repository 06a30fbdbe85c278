# syntax=docker/dockerfile:1
#
# Vigil API image.
#
# The build context is the repository root, not this folder: the API needs the root
# lockfile and the @vigil/types workspace.
#
#   docker build -f docker/api.Dockerfile -t vigil-api .
#
# The context's ignore rules are in docker/api.Dockerfile.dockerignore, which BuildKit
# reads instead of a root .dockerignore. The legacy builder (DOCKER_BUILDKIT=0) only
# reads a root .dockerignore, which then needs the same patterns.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------
# deps: all dependencies (dev included) of every workspace, for compiling.
# Kept identical to the deps stage of web.Dockerfile so both images share this layer.
# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# swagger-ui-dist depends on @scarf/scarf, whose install script reports the download.
ENV SCARF_ANALYTICS=false
# Manifests only, so the slow install layer is reused until a dependency changes.
# npm install resolves the lockfile across every workspace, so every workspace's package.json
# has to be present: add new workspaces here (and in the prod-deps stage below).
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/demo/package.json apps/demo/
COPY apps/web/package.json apps/web/
COPY packages/nestjs/package.json packages/nestjs/
COPY packages/types/package.json packages/types/
RUN npm install --no-audit --no-fund

# ---------------------------------------------------------------------------------------
# build: compile @vigil/types first (the API's tsc resolves it through its dist), then
# the API. Plain workspace scripts rather than turbo: the order is fixed and small, and a
# clean image has no turbo cache to gain from.
# ---------------------------------------------------------------------------------------
FROM deps AS build
COPY tsconfig.base.json ./
COPY packages/types packages/types
COPY apps/api apps/api
RUN npm run build -w packages/types && npm run build -w apps/api

# ---------------------------------------------------------------------------------------
# prod-deps: only the API's runtime dependencies. Scoping to the workspace keeps Next.js,
# React and every build tool out of the image; @vigil/types is installed as a symlink
# node_modules/@vigil/types -> ../../packages/types, filled in by the runtime stage.
# Install scripts are skipped: the only one among these packages is @scarf/scarf's
# download report.
# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/demo/package.json apps/demo/
COPY apps/web/package.json apps/web/
COPY packages/nestjs/package.json packages/nestjs/
COPY packages/types/package.json packages/types/
RUN npm install --omit=dev --workspace=apps/api --include-workspace-root=false \
      --ignore-scripts --no-audit --no-fund

# ---------------------------------------------------------------------------------------
# runtime
# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3001 \
    DATA_DIR=/data
WORKDIR /app

# Embedded mode (no DATABASE_URL) keeps its PGlite files here. The directory is created
# and handed to `node` before VOLUME so a fresh volume inherits that ownership; the
# application files below stay root-owned, hence read-only to the process.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]

# Whole tree from prod-deps (not just node_modules): any workspace-local node_modules
# that npm creates for a version conflict come along with it.
COPY --from=prod-deps /app ./
COPY --from=build /app/packages/types/dist packages/types/dist
# apps/api/package.json (already copied above) carries "type": "module", which the ESM
# output in dist depends on.
COPY --from=build /app/apps/api/dist apps/api/dist

USER node
EXPOSE 3001
# Nest's shutdown hooks listen for SIGTERM: readiness turns 503, the server keeps serving
# for SHUTDOWN_DRAIN_MS, then closes.
STOPSIGNAL SIGTERM
# Liveness only: Docker does not restart on an unhealthy status, and a database or Redis
# outage must not mark the process itself as broken. No curl in slim images, so node's
# fetch does the request.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3001) + '/health/live', { signal: AbortSignal.timeout(2000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 (exec form, no shell), so SIGTERM reaches it directly.
CMD ["node", "--enable-source-maps", "apps/api/dist/main.js"]
