#!/usr/bin/env bash
# Import benchmark: N synthetic strikes (default 1,000,000) in the `ledger` CSV format, imported end to
# end through POST /api/v1/imports into a fresh database, against a raw COPY of the same file into a
# plain table in the same database, in the same run. Prints both rates and their ratio.
#   bench/import.sh            # N=1000000
#   N=100000 bench/import.sh
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres), python3, curl, psql; builds the jar
# if target/ has none. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000000}
PORT=${PORT:-18475}
DB=${DB:-ledger_bench_import}
WORK=${WORK:-$(mktemp -d)}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
jar=$(ls target/conflict-ledger-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B -DskipTests package; jar=$(ls target/conflict-ledger-*.jar | grep -v plain | head -1); fi
csv="$WORK/strikes.csv"
echo "generating $N rows ..."
python3 bench/gen_ledger_csv.py "$N" >"$csv"
bytes=$(stat -c %s "$csv")
psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SERVER_PORT=$PORT LEDGER_API_KEYS=bench:ADMIN \
  LEDGER_IMPORTS_SPOOL_DIR="$WORK/spool" java -Xmx512m -jar "$jar" >"$WORK/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -fs "localhost:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done

# warm-up: a small file through the same path (JIT, connection pool), into its own data set ids
python3 bench/gen_ledger_csv.py 20000 | sed 's/synthetic=s/warmup=w/; 2,$s/^\([0-9]*\),/w\1,/' >"$WORK/warm.csv"
curl -fs -o /dev/null -H 'X-API-Key: bench' -H 'Content-Type: text/csv' --data-binary @"$WORK/warm.csv" \
  "localhost:$PORT/api/v1/imports?format=ledger"
sleep 5

t0=$(date +%s.%N)
job=$(curl -fs -H 'X-API-Key: bench' -H 'Content-Type: text/csv' --data-binary @"$csv" \
  "localhost:$PORT/api/v1/imports?format=ledger" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
status=QUEUED
while [ "$status" = QUEUED ] || [ "$status" = RUNNING ]; do
  sleep 0.2
  body=$(curl -fs "localhost:$PORT/api/v1/imports/$job")
  status=$(echo "$body" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
done
t1=$(date +%s.%N)
echo "$body" | python3 -c 'import json,sys; j=json.load(sys.stdin); print("job:", {k: j[k] for k in ("status","read","created","updated","unchanged","rejected","failure")})'
service_s=$(echo "$t1 - $t0" | bc -l)

cols=$(head -1 "$csv" | tr ',' '\n' | sed 's/.*/"&" text/' | paste -sd, -)
psql -q -d "$DB" -c "create table bench_raw ($cols)"
t2=$(date +%s.%N)
psql -q -d "$DB" -c "\\copy bench_raw from '$csv' with (format csv, header true)"
t3=$(date +%s.%N)
copy_s=$(echo "$t3 - $t2" | bc -l)

# What the schema itself costs: M of the same rows (default 100,000) written straight into the strike
# table by one INSERT ... SELECT from bench_raw -- no claims, history or import bookkeeping -- once with
# its statistics triggers and once without them (indexes only), each in a transaction rolled back.
M=${M:-100000}
strike_insert="insert into ledger.strike (id, attacker, target, started_at, ended_at, time_precision, place, region,
  country, latitude, longitude, geo_precision, launch_place, weapon_category, weapon_models, target_categories,
  launched_low, launched_best, launched_high, launched_claims, intercepted_low, intercepted_best, intercepted_high,
  intercepted_claims, killed_low, killed_best, killed_high, killed_claims)
  select id::bigint + 1000000000, attacker, target, \"startedAt\"::timestamptz, \"endedAt\"::timestamptz,
  \"timePrecision\", nullif(place, ''), nullif(region, ''), nullif(country, ''), nullif(latitude, '')::float8,
  nullif(longitude, '')::float8, \"geoPrecision\", nullif(\"launchPlace\", ''), \"weaponCategory\",
  string_to_array(nullif(\"weaponModels\", ''), '|'), coalesce(string_to_array(nullif(\"targetCategories\", ''), '|'), '{}'),
  nullif(\"launchedLow\", '')::int, nullif(\"launchedBest\", '')::int, nullif(\"launchedHigh\", '')::int,
  \"launchedClaims\"::int, nullif(\"interceptedLow\", '')::int, nullif(\"interceptedBest\", '')::int,
  nullif(\"interceptedHigh\", '')::int, \"interceptedClaims\"::int, nullif(\"killedLow\", '')::int,
  nullif(\"killedBest\", '')::int, nullif(\"killedHigh\", '')::int, \"killedClaims\"::int
  from bench_raw limit $M"
timed() {
  local a b
  a=$(date +%s.%N); PGOPTIONS='-c search_path=ledger,public' psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "begin" -c "$1" -c "$strike_insert" -c "rollback" >/dev/null
  b=$(date +%s.%N); echo "$b - $a" | bc -l
}
with_triggers_s=$(timed "set local work_mem = '64MB'")
indexes_only_s=$(timed "set local session_replication_role = replica")

python3 - "$N" "$bytes" "$service_s" "$copy_s" "$M" "$with_triggers_s" "$indexes_only_s" <<'PY'
import sys
n, size, service, copy = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
m, triggers, indexes = int(sys.argv[5]), float(sys.argv[6]), float(sys.argv[7])
print(f"rows {n:,} ({size / 1e6:.0f} MB)")
print(f"service import end to end : {service:7.1f} s  {n / service:10,.0f} rows/s")
print(f"raw COPY into plain table : {copy:7.1f} s  {n / copy:10,.0f} rows/s")
print(f"ratio service / raw COPY  : {copy / service:.2f}")
print(f"what the schema costs, {m:,} rows straight into the strike table (no claims, history, bookkeeping):")
print(f"  with its indexes and statistics triggers : {triggers:7.1f} s  {m / triggers:10,.0f} rows/s")
print(f"  with its indexes only (triggers off)     : {indexes:7.1f} s  {m / indexes:10,.0f} rows/s")
PY
