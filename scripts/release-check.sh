#!/usr/bin/env bash
# Release readiness: build every published package, then publint and @arethetypeswrong/cli on each.
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm -r --filter './packages/*' build >/dev/null
status=0
for dir in packages/*/; do
  name=$(node -p "require('./${dir}package.json').name")
  echo "== $name"
  npx --no-install publint "$dir" || status=1
  (cd "$dir" && npx --no-install attw --pack . --profile node16 --format table-flipped) || status=1
done
exit $status
