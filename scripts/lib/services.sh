# Sourced by scripts/test.sh: makes sure Chromium, PostgreSQL and Redis are there for the tests,
# installing Debian packages or starting services where it can, and saying what to do where it cannot.

can_install() { command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; }
apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
port_open() { node -e "require('net').connect($2,'$1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; }

ensure_chromium() {
  export CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || true)}
  if [ -n "$CHROMIUM_PATH" ]; then return; fi
  if can_install; then
    echo "==> Installing Debian's chromium for the browser tests"
    apt_install chromium
    export CHROMIUM_PATH=$(command -v chromium)
  else
    echo "The browser tests need Chromium: install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
}

ensure_postgres() {
  if [ -n "${TEST_DATABASE_URL:-}" ]; then return; fi
  export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test
  if port_open 127.0.0.1 5432; then return; fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    if can_install; then
      echo "==> Installing PostgreSQL for the storage tests"
      apt_install postgresql
    else
      echo "The storage tests need PostgreSQL on 127.0.0.1:5432 (Debian: sudo apt-get install postgresql) or TEST_DATABASE_URL." >&2
      exit 1
    fi
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -1)
  echo "==> Starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do port_open 127.0.0.1 5432 && break; sleep 1; done
  # A fresh Debian cluster asks for a password over TCP: give the tests one and their database.
  su postgres -c "psql -qc \"alter user postgres password 'postgres'\"" >/dev/null
  su postgres -c "psql -qtc \"select 1 from pg_database where datname='test'\" | grep -q 1 || createdb test"
  export TEST_DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/test
}

ensure_redis() {
  export TEST_REDIS_URL=${TEST_REDIS_URL:-redis://127.0.0.1:6379}
  if port_open 127.0.0.1 6379; then return; fi
  if ! command -v redis-server >/dev/null 2>&1; then
    if can_install; then
      echo "==> Installing Redis for the scale-out tests"
      apt_install redis-server
    else
      echo "The scale-out tests need Redis on 127.0.0.1:6379 (Debian: sudo apt-get install redis-server) or TEST_REDIS_URL." >&2
      exit 1
    fi
  fi
  echo "==> Starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  for _ in $(seq 1 30); do port_open 127.0.0.1 6379 && break; sleep 0.5; done
}
