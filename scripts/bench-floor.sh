#!/usr/bin/env bash
# The floor for import speed: the SaudiNewsNet texts bulk-inserted into a
# bare SQLite FTS5 table with the sqlite3 command-line shell (no decoding,
# no metadata, no normalisation or stemming). Prints seconds and
# articles/s for each of N runs (default 3).
set -euo pipefail
shared=${MARSAD_SHARED:-"$(cd "$(dirname "$0")/../.." && pwd)/shared"}
runs=${1:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$shared/corpora/saudinewsnet" "$tmp/articles.csv" <<'PY'
import csv, json, sys, zipfile, glob, os
rows = 0
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    for z in sorted(glob.glob(os.path.join(sys.argv[1], "*.zip"))):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for rec in json.loads(zf.read(name)):
                    w.writerow([rec.get("title", ""), rec.get("content", "")])
                    rows += 1
print(rows, "articles", file=sys.stderr)
PY
n=$(python3 -c "import csv,sys; csv.field_size_limit(1<<30); print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8'))))" "$tmp/articles.csv")
for i in $(seq "$runs"); do
  rm -f "$tmp/floor.db"
  start=$(date +%s.%N)
  sqlite3 "$tmp/floor.db" <<SQL
PRAGMA journal_mode=WAL;
CREATE VIRTUAL TABLE t USING fts5(title, body);
.mode csv
.import $tmp/articles.csv t
SQL
  end=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'run {sys.argv[4]}: {s:.2f} s, {int(sys.argv[3])/s:.0f} articles/s')" "$start" "$end" "$n" "$i"
done
