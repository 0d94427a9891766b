#!/usr/bin/env bash
# `npm start`: install what is missing, build the client, serve it and the game server on one port.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pnpm.sh

install_dependencies
echo "==> Building the client"
pnpm --filter @council/client build
echo "==> Starting the server"
exec node --import tsx server/src/main.ts
