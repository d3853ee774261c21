# The Kepu API (and, once built, the console) on Node 20.
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
COPY . .
USER node
EXPOSE 3000
CMD ["pnpm", "--filter", "@kepu/api", "start"]
