#!/usr/bin/env bash
# Duplicate-finding benchmark: N synthetic strikes (default 100,000) imported in the `ledger` format, then
# the same N events as an ACLED export (a second data set describing the same attacks), each through
# POST /api/v1/imports into a fresh database. For each import it prints the import's own time and the
# time the background finder then takes to search its strikes (duplicate_queue drained), and their ratio;
# then the time of GET /api/v1/duplicates pages (p50/p95 of 30 requests each).
#   bench/duplicates.sh          # N=100000
#   N=20000 bench/duplicates.sh
#   JAR=/tmp/app.jar bench/duplicates.sh   # a jar of your choice (e.g. a copy, while target/ is rebuilt)
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres), python3, curl, psql. Run it under the
# benchmark lock on a shared machine: flock /tmp/bench.lock bench/duplicates.sh (any lock file of yours).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
PORT=${PORT:-18476}
DB=${DB:-ledger_bench_duplicates}
WORK=${WORK:-$(mktemp -d)}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
jar=${JAR:-$(ls target/conflict-ledger-*.jar 2>/dev/null | grep -v plain | head -1 || true)}
if [ -z "$jar" ]; then ./mvnw -q -B -DskipTests package; jar=$(ls target/conflict-ledger-*.jar | grep -v plain | head -1); fi
echo "generating $N rows in two data sets ..."
python3 bench/gen_ledger_csv.py "$N" >"$WORK/ledger.csv"
python3 - "$WORK/ledger.csv" "$WORK/acled.csv" <<'PY'
# the same events as ACLED would code them: one row a day and oblast, actor1 the attacker's forces
import csv, sys
from datetime import datetime, timedelta
forces = {"RU": "Military Forces of Russia (2000-)", "UA": "Military Forces of Ukraine (2019-)"}
names = {"RU": "Russia", "UA": "Ukraine"}
subs = {"DRONE": "Air/drone strike", "GUIDED_BOMB": "Air/drone strike"}
with open(sys.argv[1]) as f, open(sys.argv[2], "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
                "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
                "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"])
    for r in csv.DictReader(f):
        local = datetime.strptime(r["startedAt"], "%Y-%m-%dT%H:%M:%SZ") + timedelta(hours=2)
        admin1 = r["region"].replace(" oblast", "").replace(" city", "")
        note = "drone" if r["weaponCategory"] == "DRONE" else "missile" if "MISSILE" in r["weaponCategory"] else ""
        w.writerow(["SYN" + r["id"], local.strftime("%Y-%m-%d"), local.year, 1, "Political violence",
                    "Explosions/Remote violence", subs.get(r["weaponCategory"], "Shelling/artillery/missile attack"),
                    forces[r["attacker"]], "", "State forces", "", "", "", "", "", "", "Europe", names[r["target"]],
                    admin1, "", "", admin1, "", "", 3, "Synthetic", "National", "synthetic " + note,
                    r["killedBest"] or 0, "", 1700000000])
PY
psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SERVER_PORT=$PORT LEDGER_API_KEYS=bench:ADMIN \
  LEDGER_RATE_LIMIT_ENABLED=false LEDGER_IMPORTS_SPOOL_DIR="$WORK/spool" java -Xmx512m -jar "$jar" >"$WORK/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
# start-up takes minutes on a loaded machine (Flyway on a fresh database, the JIT): wait up to
# STARTUP_WAIT seconds (default 600), and stop with the log's tail when the service died or never came up
echo "load average before: $(uptime)"
deadline=$(( $(date +%s) + ${STARTUP_WAIT:-600} ))
until curl -fs "localhost:$PORT/actuator/health" >/dev/null 2>&1; do
  if ! kill -0 $app 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
    echo "the service did not start (see its log below)" >&2; tail -30 "$WORK/app.log" >&2; exit 1
  fi
  sleep 1
done
echo "service up after $(( $(date +%s) - deadline + ${STARTUP_WAIT:-600} )) s"

now() { date +%s.%N; }
queue() { psql -At -d "$DB" -c "select count(*) from ledger.duplicate_queue"; }
run_import() { # format file -> prints "import_seconds finder_seconds rows"
  local t0 job status t1 t2
  t0=$(now)
  job=$(curl -fs -H 'X-API-Key: bench' -H 'Content-Type: text/csv' --data-binary @"$2" \
    "localhost:$PORT/api/v1/imports?format=$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  status=QUEUED
  while [ "$status" = QUEUED ] || [ "$status" = RUNNING ]; do
    sleep 0.5
    status=$(curl -fs -H 'X-API-Key: bench' "localhost:$PORT/api/v1/imports/$job" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  done
  t1=$(now)
  while [ "$(queue)" != 0 ]; do sleep 0.5; done
  t2=$(now)
  echo "$(echo "$t1 - $t0" | bc) $(echo "$t2 - $t1" | bc) $(curl -fs -H 'X-API-Key: bench' "localhost:$PORT/api/v1/imports/$job" | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["created"])')"
}
read -r i1 f1 c1 < <(run_import ledger "$WORK/ledger.csv")
read -r i2 f2 c2 < <(run_import acled "$WORK/acled.csv")
pairs=$(psql -At -d "$DB" -c "select count(*) || ' (' || count(*) filter (where relation = 'DUPLICATE') || ' duplicate, '
  || count(*) filter (where relation = 'PART_OF') || ' part-of, ' || count(*) filter (where score >= 0.9) || ' at 0.9 or more)'
  from ledger.duplicate_candidate")
strikes=$(psql -At -d "$DB" -c "select count(*) from ledger.strike")
timing() { # path
  for _ in $(seq 1 30); do curl -fs -o /dev/null -w '%{time_total}\n' "localhost:$PORT$1"; done | sort -n \
    | awk '{a[NR]=$1} END {printf "p50 %.1f ms, p95 %.1f ms", a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000}'
}
python3 - "$N" "$i1" "$f1" "$c1" "$i2" "$f2" "$c2" <<'PY'
import sys
n = int(sys.argv[1]); i1, f1, c1, i2, f2, c2 = map(float, sys.argv[2:])
print(f"ledger import of {n:,} rows : {i1:7.1f} s ({c1:,.0f} created), then finding candidates {f1:6.1f} s = {f1 / i1:.0%} of the import")
print(f"ACLED import of the same    : {i2:7.1f} s ({c2:,.0f} created), then finding candidates {f2:6.1f} s = {f2 / i2:.0%} of the import")
PY
echo "strikes: $strikes; candidates: $pairs"
echo "GET /duplicates?size=50                      : $(timing '/api/v1/duplicates?size=50')"
echo "GET /duplicates?minScore=0.9&size=50         : $(timing '/api/v1/duplicates?minScore=0.9&size=50')"
echo "GET /duplicates?dataset=acled,ledger&size=50 : $(timing '/api/v1/duplicates?dataset=acled,ledger&size=50')"
echo "GET /duplicates?page=100&size=50             : $(timing '/api/v1/duplicates?page=100&size=50')"
echo "load average after: $(uptime)"
