#!/usr/bin/env bash
# `npm start`: install what is missing, build the client and the server once, then serve both on one
# port with plain node (no TypeScript at run time; `npm run dev:server` keeps tsx's watch mode).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pnpm.sh

install_dependencies
echo "==> Building the client"
pnpm --filter @council/client build
echo "==> Building the server"
pnpm exec tsx scripts/build-server.ts
echo "==> Starting the server"
exec node server/dist/main.js
