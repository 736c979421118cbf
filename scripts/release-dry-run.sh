#!/usr/bin/env bash
# Changesets release dry run: in a throwaway clone of the committed state, print what
# `changeset status --verbose` plans, run `changeset version`, then print every version it bumps and
# the changelog entries it writes. Nothing in this checkout changes. Usage: pnpm run release:dry-run
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git clone --quiet --no-hardlinks "$root" "$tmp/repo"
cd "$tmp/repo"
# changesets compares with the base branch of .changeset/config.json ("main").
git rev-parse --verify --quiet main >/dev/null || git branch --quiet main origin/main
ln -s "$root/node_modules" node_modules
echo "== changeset status --verbose (committed changesets: $(ls .changeset/*.md | grep -vc README))"
pnpm --silent changeset status --verbose
echo
echo "== changeset version"
pnpm --silent changeset version >/dev/null
echo "-- versions (before → after)"
git diff --name-only -- '*package.json' | while read -r f; do
  name=$(node -p "require('./$f').name")
  before=$(git show "HEAD:$f" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).version))')
  after=$(node -p "require('./$f').version")
  [ "$before" = "$after" ] || printf '%-40s %s → %s%s\n' "$name" "$before" "$after" "$(node -p "require('./$f').private ? '  (private)' : ''")"
done
echo
for f in $(git ls-files --others --exclude-standard -- '*CHANGELOG.md') $(git diff --name-only -- '*CHANGELOG.md'); do
  echo "-- $f"
  cat "$f"
  echo
done
