# The Kepu API serving the admin console, on Node 20.

# The workspace's manifests, from which each stage installs only what it needs.
FROM node:20-bookworm-slim AS workspace
ENV COREPACK_ENABLE_STRICT=0 CI=true
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/domain/package.json packages/domain/
COPY packages/db/package.json packages/db/
COPY packages/sheets/package.json packages/sheets/
COPY packages/charts/package.json packages/charts/
COPY packages/client/package.json packages/client/
COPY packages/tooling/package.json packages/tooling/

# Build the console (apps/web/dist).
FROM workspace AS console
RUN pnpm install --frozen-lockfile --filter @kepu/web...
COPY packages packages
COPY apps/web apps/web
RUN pnpm --filter @kepu/web build

# Build the API (apps/api/dist): its TypeScript and the workspace packages' compiled and bundled by esbuild.
FROM workspace AS server
RUN pnpm install --frozen-lockfile --filter @kepu/api...
COPY packages packages
COPY apps/api apps/api
RUN pnpm --filter @kepu/api build

# The built API with production dependencies only, and the built console beside it. The bundle reads
# files from the sources' folders (migrations, region data, fonts, the PGlite worker), so they come too.
FROM workspace
ENV NODE_ENV=production
RUN pnpm install --frozen-lockfile --prod --filter @kepu/api...
COPY packages packages
COPY apps/api apps/api
COPY --from=server /app/apps/api/dist apps/api/dist
COPY --from=console /app/apps/web/dist apps/web/dist
# The volume for scheduled exports takes its owner from this directory on first mount.
RUN mkdir -p /exports && chown node:node /exports
USER node
EXPOSE 3000
# `docker-compose exec api-1 npm run user:create -- …` runs the built CLI from here.
WORKDIR /app/apps/api
CMD ["node", "--enable-source-maps", "dist/server.js"]
