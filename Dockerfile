# Samverkan: the production image. Build:  docker build -t samverkan .
# Run:  docker run -p 3978:3978 --env-file prod.env samverkan   (see README, "Driftsätta i Azure")
#
# Pinned base image. For reproducible builds pin the digest too, e.g.
#   node:20.20.2-bookworm-slim@sha256:<digest from `docker buildx imagetools inspect`>
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- build: all dependencies, compile to dist/ (and the tab, when it exists) ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# Everything else .dockerignore lets through (sources, data, manifest, the tab).
COPY . .
RUN npm run build

# ---- runtime: production dependencies and dist/ only ----
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: forwards SIGTERM to Node and reaps zombies (Node is not written to be PID 1).
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3978
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3978
# Liveness only (the process answers); readiness (/readyz) is the platform's health check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/main.js"]
