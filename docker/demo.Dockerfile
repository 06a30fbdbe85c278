# syntax=docker/dockerfile:1
#
# The demo service: a NestJS app that imports @vigil/nestjs, as a service of one's own
# would. The build context is the repository root (root lockfile, @vigil/types and
# @vigil/nestjs workspaces).
#
#   docker build -f docker/demo.Dockerfile -t vigil-demo .

ARG NODE_IMAGE=node:20-bookworm-slim

# deps: identical to the deps stage of api.Dockerfile and web.Dockerfile (a shared layer).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/demo/package.json apps/demo/
COPY apps/web/package.json apps/web/
COPY packages/nestjs/package.json packages/nestjs/
COPY packages/types/package.json packages/types/
RUN npm install --no-audit --no-fund

# build: the two packages the demo imports, then the demo.
FROM deps AS build
COPY tsconfig.base.json ./
COPY packages/types packages/types
COPY packages/nestjs packages/nestjs
COPY apps/demo apps/demo
RUN npm run build -w packages/types && npm run build -w packages/nestjs && npm run build -w apps/demo

# prod-deps: the demo's runtime dependencies only; the workspace packages are symlinks
# filled in by the runtime stage.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/demo/package.json apps/demo/
COPY apps/web/package.json apps/web/
COPY packages/nestjs/package.json packages/nestjs/
COPY packages/types/package.json packages/types/
RUN npm install --omit=dev --workspace=apps/demo --include-workspace-root=false \
      --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3002
WORKDIR /app
COPY --from=prod-deps /app ./
COPY --from=build /app/packages/types/dist packages/types/dist
COPY --from=build /app/packages/nestjs/dist packages/nestjs/dist
COPY --from=build /app/apps/demo/dist apps/demo/dist
USER node
EXPOSE 3002
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3002) + '/health/live', { signal: AbortSignal.timeout(2000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "apps/demo/dist/main.js"]
