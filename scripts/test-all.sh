#!/usr/bin/env bash
# The one command that runs every check and test: `npm test`.
# Installs Debian's chromium if it is missing (nothing else: run `npm ci` first), then runs
# format, typecheck, lint, import cycles, unit tests, build and end-to-end tests. It keeps going after a
# failing step so every result is reported, ends with one plain line `N passed, N failed`
# (tests from the Vitest and Playwright JSON reports, plus 1 failed per failing non-test step),
# and exits non-zero if anything failed.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

failed_steps=()

step() {
  local name=$1
  shift
  printf '\n==> %s: %s\n' "$name" "$*"
  if "$@"; then
    printf '==> %s: ok\n' "$name"
    return 0
  else
    local code=$?
    printf '==> %s: FAILED (exit %s)\n' "$name" "$code"
    return "$code"
  fi
}

install_chromium() {
  local sudo=''
  if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
  $sudo apt-get update && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
}

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  step chromium install_chromium || failed_steps+=(chromium)
fi

if [ ! -d node_modules ]; then
  echo 'node_modules is missing: run `npm ci` first (the README command is `npm ci && npm test`).'
fi

mkdir -p .reports
rm -f .reports/vitest.json .reports/playwright.json

step format prettier --check . || failed_steps+=(format)
step typecheck tsc -b || failed_steps+=(typecheck)
step lint eslint . || failed_steps+=(lint)
# No import cycle: a service and the core (or two services) must not need each other.
step cycles npm run --silent lint:cycles || failed_steps+=(cycles)

step unit vitest run --reporter=default --reporter=json --outputFile=.reports/vitest.json
vitest_exit=$?

step build vite build || failed_steps+=(build)

step e2e playwright test
playwright_exit=$?

summary_args=(--vitest-exit="$vitest_exit" --playwright-exit="$playwright_exit")
for name in "${failed_steps[@]}"; do summary_args+=(--failed-step="$name"); done

echo
node scripts/summarize-reports.mjs "${summary_args[@]}"
