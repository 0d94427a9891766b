# Sourced by the README's commands: makes `pnpm` mean pnpm 10.34.9 on a machine that has only Node.
PNPM_VERSION=10.34.9

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
node_minor=$(node -p 'process.versions.node.split(".")[1]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ] || { [ "$node_major" -eq 20 ] && [ "$node_minor" -lt 19 ]; }; then
  echo "Crisis Council needs Node.js 20.19 or newer (found $(node -v 2>/dev/null || echo none))." >&2
  exit 1
fi

if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
  pnpm() { command pnpm "$@"; }
else
  # npx keeps pnpm in its own cache: no global install, no root needed.
  pnpm() { npx --yes "pnpm@$PNPM_VERSION" "$@"; }
fi

install_dependencies() {
  echo "==> Installing dependencies (pnpm $PNPM_VERSION)"
  pnpm install --frozen-lockfile --reporter=append-only
}
