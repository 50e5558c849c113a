#!/usr/bin/env bash
# Runs every fuzz target in the module for the given time each.
set -euo pipefail
t=${1:-20s}
for pkg in $(go list -tags sqlite_fts5 ./...); do
  dir=$(go list -tags sqlite_fts5 -f '{{.Dir}}' "$pkg")
  for f in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/func //'); do
    echo "== $pkg $f"
    go test -tags sqlite_fts5 -run '^$' -fuzz "^$f\$" -fuzztime "$t" "$pkg"
  done
done
