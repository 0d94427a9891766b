#!/usr/bin/env bash
# `npm test`: install what is missing, then run every check: lint, types, unit, integration, browser.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pnpm.sh
source scripts/lib/services.sh

install_dependencies
ensure_chromium
ensure_postgres
ensure_redis

rm -rf test-results && mkdir -p test-results
echo "==> Lint and format"
pnpm exec eslint .
pnpm exec prettier --check . --log-level warn
echo "==> Typecheck"
pnpm -r --workspace-concurrency=1 typecheck
echo "==> Unit and integration tests"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
echo "==> Building the client"
pnpm --filter @council/client build
echo "==> Browser tests (Playwright, Chromium)"
pnpm exec playwright test
node scripts/lib/summary.mjs test-results/vitest.json test-results/playwright.json
