# One image recipe for every yji process. A service: `--build-arg SERVICE=<folder under services/>` (the
# default target). The migration job: `--target migrate`. The development identity provider, for trying
# yji out with docker compose only: `--target dev-idp`.
# Debian-based, not Alpine: the Temporal worker's native core needs glibc.
#
# The build stage installs everything, generates the Prisma clients and builds the worker's workflow
# bundle; slim-workspace.sh then keeps, in the workspace's own layout, only what the image runs: the
# package's TypeScript source and its workspace dependencies' (Node 24 strips the types as it loads them)
# and their production dependencies. Images run as the unprivileged `node` user, on files owned by root.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH
RUN npm install -g pnpm@12.21.0
WORKDIR /src
# The dependencies first, from the lockfile alone (pnpm fetch): a change to the source leaves this layer, the
# slowest, as it was.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
RUN pnpm install --frozen-lockfile --offline \
 && pnpm -r run --if-present generate \
 && pnpm --filter @yji/worker run build

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000

FROM build AS slim-migrate
RUN infra/docker/slim-workspace.sh @yji/migrate /app 'packages/db/prisma' 'services/*/prisma'

# Applies every service's pending migrations, then exits (docker compose's `migrate`, Helm's Job).
FROM runtime AS migrate
COPY --from=slim-migrate /app /app
USER node
CMD ["node", "packages/migrate/src/cli.ts", "deploy"]

FROM build AS slim-dev-idp
RUN infra/docker/slim-workspace.sh @yji/cli /app

# Signs tokens for seeded users; refuses to run with NODE_ENV=production, so it says development.
FROM runtime AS dev-idp
COPY --from=slim-dev-idp /app /app
ENV NODE_ENV=development DEV_IDP_HOST=0.0.0.0 YJI_DATA_DIR=/home/node/yji-dev-idp
USER node
HEALTHCHECK --interval=5s --timeout=3s --retries=20 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3900/.well-known/jwks.json').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "infra/dev-idp/src/main.ts"]

FROM build AS slim-service
ARG SERVICE
RUN test -f "services/${SERVICE}/src/main.ts" \
 && infra/docker/slim-workspace.sh "@yji/${SERVICE}" /app $([ "${SERVICE}" = worker ] && echo services/worker/dist)

# A service (the default target). Every yji process answers /health on PORT, the worker included.
FROM runtime
ARG SERVICE
# The publication service prints its published reports' PDFs with Debian's Chromium (CHROMIUM_PATH); before
# the service's files, so that a change to them does not install it again.
RUN if [ "${SERVICE}" = publication ]; then \
      apt-get update && apt-get install -y --no-install-recommends chromium \
      && rm -rf /var/lib/apt/lists/*; \
    fi
COPY --from=slim-service /app /app
# Read by the worker only: it loads the bundle built above instead of bundling at every start.
ENV SERVICE=${SERVICE} WORKFLOW_BUNDLE_PATH=/app/services/worker/dist/workflow-bundle.js
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health`).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["sh", "-c", "exec node services/${SERVICE}/src/main.ts"]
