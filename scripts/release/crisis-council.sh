#!/bin/sh
# Starts Crisis Council from this folder: http://localhost:2567 unless PORT says otherwise.
# Settings come from the environment (PORT, HOST, DATA_DIR, DATABASE_URL, REDIS_URL, ADMIN_KEY…).
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null 2>&1; then
  echo "Crisis Council needs Node.js {{MINIMUM_NODE}} or newer; none was found on PATH." >&2
  exit 1
fi
exec node "$here/server.js" "$@"
