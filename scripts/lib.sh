# Shared helpers for scripts/test.sh and .ci/run. Source it; do not run it.

# Installs Debian packages when missing: as root it installs them, otherwise it names them and fails.
ensure_debian_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) and run again." >&2
    return 1
  fi
  echo "Installing Debian packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Prints the directory holding initdb and pg_ctl (Debian keeps them off the PATH).
postgres_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# Starts a throw-away PostgreSQL in a temp folder on a free port; sets TEST_DATABASE_URL and PG_TMPDIR.
start_throwaway_postgres() {
  local bindir port runas=()
  bindir=$(postgres_bindir)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL server binaries not found (Debian package: postgresql)." >&2
    return 1
  fi
  port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  PG_TMPDIR=$(mktemp -d /tmp/haalbaar-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$PG_TMPDIR"
    runas=(runuser -u postgres --)
  fi
  "${runas[@]}" "$bindir/initdb" -D "$PG_TMPDIR/data" -U haalbaar --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TMPDIR/initdb.log" 2>&1 ||
    { cat "$PG_TMPDIR/initdb.log" >&2; return 1; }
  "${runas[@]}" "$bindir/pg_ctl" -D "$PG_TMPDIR/data" -l "$PG_TMPDIR/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $PG_TMPDIR -c fsync=on" start >/dev/null ||
    { cat "$PG_TMPDIR/server.log" >&2; return 1; }
  "${runas[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U haalbaar haalbaar_test
  export TEST_DATABASE_URL="postgres://haalbaar@127.0.0.1:$port/haalbaar_test"
  export PG_TMPDIR PG_BINDIR="$bindir"
  PG_RUNAS="${runas[*]}"
  export PG_RUNAS
}

stop_throwaway_postgres() {
  [ -n "${PG_TMPDIR:-}" ] || return 0
  # shellcheck disable=SC2086
  $PG_RUNAS "$PG_BINDIR/pg_ctl" -D "$PG_TMPDIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_TMPDIR"
}
