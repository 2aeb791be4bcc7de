# The Tessera platform: the API server, serving the built web app. Build from the repo root:
#   docker build -t tessera .
# The same image can run the demo auth API: command ["node", "--import", "tsx", "apps/demo-auth/src/main.ts"].

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary when one matches; the toolchain is the fallback.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
# Manifests first, so the dependency layer is reused until a manifest or the lockfile changes.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY apps/demo-auth/package.json apps/demo-auth/
COPY packages/model/package.json packages/model/
COPY packages/engine/package.json packages/engine/
COPY packages/widgets/package.json packages/widgets/
COPY e2e/package.json e2e/
RUN npx --yes pnpm@12.4.2 install --frozen-lockfile
COPY . .
# Both builds (editor, then viewer), as npm run build runs them.
RUN npx --yes pnpm@12.4.2 --filter @tessera/web run build

FROM node:20-bookworm-slim
WORKDIR /app
# The server runs TypeScript sources through tsx (packages are consumed as source), so the
# workspace comes over whole, dependencies included; the web app only as its build.
COPY --from=build /app /app
ENV NODE_ENV=production \
  PORT=3000 \
  DATA_DIR=/data \
  WEB_DIST=/app/apps/web/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "apps/server/src/main.ts"]
