#!/usr/bin/env bash
# Rebuilds the blind test set's texts (publishers' copyright, so not in the repository) from the shared
# data sets: target/blind-test/test-full.jsonl, then checks that its labels equal test-labels.jsonl.
#   eval/blind-test/rebuild.sh && ./mvnw -q exec:java@extract-eval -Dlabels=target/blind-test/test-full.jsonl
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export LEDGER_DATA=${LEDGER_DATA:-$root/../shared/data}
[ -d "$LEDGER_DATA/rss-entries-2022" ] || { echo "shared data not found at $LEDGER_DATA (set LEDGER_DATA)" >&2; exit 1; }
out=$root/target/blind-test
mkdir -p "$out"
cp "$here"/*.py "$out"/
cd "$out"
python3 sample_rss.py >/dev/null
python3 ki.py
python3 build.py
cmp -s test-labels.jsonl "$here/test-labels.jsonl" || { echo "rebuilt labels differ from the committed ones" >&2; exit 1; }
echo "$out/test-full.jsonl"
