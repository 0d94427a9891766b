#!/usr/bin/env bash
# `npm run release`: install what is missing, then build release/crisis-council-<version>-linux-x64.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pnpm.sh

install_dependencies
exec pnpm exec tsx scripts/release.ts
