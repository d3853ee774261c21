# The Kepu API serving the admin console, on Node 20.

# Stage 1: build the console (apps/web/dist).
FROM node:20-bookworm-slim AS console
ENV COREPACK_ENABLE_STRICT=0 CI=true
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY apps/web/package.json apps/web/
COPY packages/domain/package.json packages/domain/
COPY packages/db/package.json packages/db/
COPY packages/tooling/package.json packages/tooling/
RUN pnpm install --frozen-lockfile --filter @kepu/web...
COPY packages packages
COPY apps/web apps/web
RUN pnpm --filter @kepu/web build

# Stage 2: the API with production dependencies only, and the built console beside it.
FROM node:20-bookworm-slim
ENV COREPACK_ENABLE_STRICT=0 CI=true NODE_ENV=production
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY apps/api/package.json apps/api/
COPY packages/domain/package.json packages/domain/
COPY packages/db/package.json packages/db/
COPY packages/tooling/package.json packages/tooling/
RUN pnpm install --frozen-lockfile --prod --filter @kepu/api...
COPY packages packages
COPY apps/api apps/api
COPY --from=console /app/apps/web/dist apps/web/dist
USER node
EXPOSE 3000
CMD ["pnpm", "--filter", "@kepu/api", "start"]
