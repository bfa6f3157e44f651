#!/usr/bin/env bash
# `npm test`: every check CI runs, in order of speed.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }

step "type check";  npx tsc --noEmit
step "format";   npx prettier --check . > /tmp/portolan-prettier.log 2>&1 || { cat /tmp/portolan-prettier.log; exit 1; }
step "lint";        npx eslint --max-warnings 0 .
step "i18n check";  npx tsx scripts/i18n-check.ts
step "content";     npx tsx scripts/content-check.ts > /tmp/portolan-content.log 2>&1 || { cat /tmp/portolan-content.log; exit 1; }; tail -1 /tmp/portolan-content.log
step "build";       npm run build > /tmp/portolan-build.log 2>&1 || { cat /tmp/portolan-build.log; exit 1; }; tail -1 /tmp/portolan-build.log
step "unit + integration (vitest, ${TEST_DATABASE_URL:+PostgreSQL server}${TEST_DATABASE_URL:-embedded PGlite})"
npx vitest run

step "browser journeys (Playwright + axe in Debian's Chromium)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "installing Debian's chromium…"
    (apt-get install -y chromium > /tmp/portolan-apt.log 2>&1 || { apt-get update > /dev/null 2>&1 && apt-get install -y chromium > /tmp/portolan-apt.log 2>&1; }) || { cat /tmp/portolan-apt.log; exit 1; }
  else
    echo "Chromium is missing: install Debian's 'chromium' package (or set CHROMIUM_PATH)"; exit 1
  fi
fi
npx playwright test
