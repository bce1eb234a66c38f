# One image recipe for every yji service: `--build-arg SERVICE=<folder under services/>`.
# Debian-based, not Alpine: the Temporal worker's native core needs glibc.
FROM node:24-bookworm-slim AS build
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH
RUN npm install -g pnpm@12.21.0
WORKDIR /app
COPY . .
ARG SERVICE
RUN pnpm install --frozen-lockfile \
 && pnpm --filter "@yji/${SERVICE}" run --if-present generate \
 && pnpm --filter "@yji/${SERVICE}" run --if-present build

FROM node:24-bookworm-slim
WORKDIR /app
COPY --from=build --chown=node:node /app /app
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE} HOST=0.0.0.0
USER node
# Workspace packages ship TypeScript source; tsx compiles it at start-up (see README, Architecture).
CMD ["sh", "-c", "exec node --import tsx services/${SERVICE}/src/main.ts"]
