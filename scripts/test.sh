#!/usr/bin/env bash
# `npm test`: everything, in order of speed. Static checks, unit tests, integration tests on PGlite
# and on a throw-away PostgreSQL server, then browser tests in Debian's Chromium.
# Ends with a plain "N passed, N failed" line. Under CI=true nothing may be skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

mkdir -p .tmp
passed=0
failed=0
failures=()

step() { # name, command...
  local name=$1
  shift
  echo
  echo "▶ $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

vitest_step() { # project, extra args...
  local project=$1
  shift
  local out=".tmp/vitest-$project.json"
  rm -f "$out"
  echo
  echo "▶ vitest: $project"
  npx vitest run --project "$project" --reporter=default --reporter=json --outputFile.json="$out" "$@"
  local code=$? ok=0 bad=0
  if [ -f "$out" ]; then
    read -r ok bad < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests)' "$PWD/$out")
  fi
  # A file that fails to load has no failed test but a failed run: count it once.
  if [ "$code" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
  passed=$((passed + ok))
  failed=$((failed + bad))
  [ "$bad" -gt 0 ] && failures+=("vitest $project")
  return 0
}

step "typecheck" npx tsc -p tsconfig.json
step "lint and format (biome)" npx biome check .
step "layer boundaries (dependency-cruiser)" npx depcruise src web/src --config .dependency-cruiser.cjs
vitest_step unit

if ensure_debian_packages postgresql && start_throwaway_postgres; then
  trap stop_throwaway_postgres EXIT
  echo "PostgreSQL for tests: $TEST_DATABASE_URL"
else
  if [ "${CI:-}" = "true" ]; then
    failed=$((failed + 1))
    failures+=("PostgreSQL could not be started")
  else
    echo "PostgreSQL is not available: the PostgreSQL half of the integration suite will not run." >&2
  fi
fi
# Spawned servers and CLI runs use the compiled output, as in production.
step "build server and CLI" node scripts/build-server.mjs --quiet
vitest_step integration

if ensure_debian_packages chromium; then
  step "build web app" npx vite build --logLevel warn
  vitest_step e2e
else
  failed=$((failed + 1))
  failures+=("chromium missing")
fi

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "Failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
