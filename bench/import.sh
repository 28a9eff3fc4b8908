#!/usr/bin/env bash
# Import benchmark (issue 12). For N generated rows (default 1,000,000) of FORMAT (missile-attacks-ua,
# the default, or ledger), in one run on one fresh database:
#   1. COPY of file A into a typed table (one column per CSV column and a bigserial key): the anchor;
#   2. the floor: the same rows written straight into strike, claim and strike_external_id with their
#      indexes and no triggers (session_replication_role = replica), one statement each, rolled back
#      (and vacuumed, untimed); in the file's order, and again in the orders the service writes in;
#   3. the service importing file A into the empty ledger, while a writer posts a new strike with a claim
#      through the API every 0.5 s (answers and latencies recorded);
#   4. the service importing file B (N other rows: other external ids) into the ledger that now holds A.
# Prints the rates and ratios and writes bench/results/import-<format>-<N>.md with the load average.
#   bench/import.sh                       # N=1000000 FORMAT=missile-attacks-ua
#   N=200000 FORMAT=ledger bench/import.sh
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres), python3, curl, psql, bc; builds the jar
# if target/ has none. Not part of ./mvnw verify. Run it under the shared bench lock on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000000}
FORMAT=${FORMAT:-missile-attacks-ua}
PORT=${PORT:-18475}
DB=${DB:-ledger_bench_import}
WORK=${WORK:-$(mktemp -d)}
# the service's own JVM flags (pom.xml service.jvm.options, as ./mvnw spring-boot:run starts it), unless JVM_OPTS says otherwise
JVM_OPTS=${JVM_OPTS:-$(sed -n 's:.*<service.jvm.options>\(.*\)</service.jvm.options>.*:\1:p' pom.xml)}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
jar=$(ls target/conflict-ledger-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B -DskipTests package; jar=$(ls target/conflict-ledger-*.jar | grep -v plain | head -1); fi
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc -l; }

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average at the start: $load_start"
echo "generating 2 x $N $FORMAT rows ..."
if [ "$FORMAT" = ledger ]; then
  python3 bench/gen_ledger_csv.py "$N" >"$WORK/a.csv"
  sed 's/synthetic=s/synthetic=b/; 2,$s/^\([0-9]*\),/b\1,/' "$WORK/a.csv" >"$WORK/b.csv"
else
  for f in a b; do
    python3 - "$N" "$f" >"$WORK/$f.csv" <<'PY'
import csv, random, sys, datetime as dt
n, tag = int(sys.argv[1]), sys.argv[2]
random.seed(42 if tag == 'a' else 43)
cols = ['time_start','time_end','model','launch_place','target','target_main','launched','destroyed','not_reach_goal',
        'still_attacking','border_crossing','is_shahed','num_hit_location','num_fall_fragment_location','carrier',
        'turbojet','turbojet_destroyed','affected region','destroyed_details','launched_details','launch_place_details','source']
models = ['Shahed-136/131','Kh-101/Kh-555','Iskander-M/KN-23','Kalibr','Kh-22','Orlan-10','Lancet','ZALA','Kh-59/69','Kh-47M2 Kinzhal']
places = ['Primorsko-Akhtarsk','Kursk oblast','Bryansk oblast','Oryol oblast','Millerovo','Chauda, Crimea','Belgorod oblast','Shatalovo']
targets = ['Ukraine','Kyiv','Kharkiv oblast','Odesa oblast','Dnipropetrovsk oblast','Sumy','south','east','north']
t0 = dt.datetime(2022, 9, 28)
w = csv.writer(sys.stdout); w.writerow(cols)
for i in range(n):
    s = t0 + dt.timedelta(minutes=random.randrange(0, 1320 * 24 * 60))
    e = s + dt.timedelta(hours=random.randint(0, 12))
    L = random.randint(1, 300); D = random.randint(0, L); R = random.randint(0, L - D)
    w.writerow([s.strftime('%Y-%m-%d %H:%M'), e.strftime('%Y-%m-%d %H:%M'), random.choice(models), random.choice(places),
                random.choice(targets), '', f'{L}.0', f'{D}.0', f'{R}.0', '', '{}', '', '', '', '', '', '', '', '', '', '',
                f'bench-{tag}/row-{i}'])
PY
  done
fi
psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SERVER_PORT=$PORT LEDGER_API_KEYS=bench:ADMIN \
  LEDGER_RATE_LIMIT_ENABLED=false LEDGER_IMPORTS_SPOOL_DIR="$WORK/spool" java $JVM_OPTS -jar "$jar" >"$WORK/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
for _ in $(seq 1 600); do curl -fs "localhost:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done
API="localhost:$PORT/api/v1"
for p in RU:Russia UA:Ukraine; do
  curl -s -o /dev/null -X POST -H 'X-API-Key: bench' -H 'Content-Type: application/json' \
    -d "{\"code\":\"${p%%:*}\",\"name\":\"${p#*:}\",\"kind\":\"STATE\"}" "$API/parties"
done
source_id=$(curl -fs -X POST "$API/sources" -H 'X-API-Key: bench' -H 'Content-Type: application/json' \
  -d '{"publisher":"Bench wire","kind":"MEDIA","url":"https://example.org/bench"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

# 1. the anchor: COPY into a typed table
if [ "$FORMAT" = ledger ]; then
  cols=$(head -1 "$WORK/a.csv" | tr ',' '\n' | awk '{t="text"} /(Low|Best|High|Claims)$/{t="integer"} /At$/{t="timestamptz"}
    /^(latitude|longitude)$/{t="double precision"} {printf "%s\"%s\" %s", (NR>1 ? ", " : ""), $0, t}')
else
  cols='time_start timestamp, time_end timestamp, model text, launch_place text, target text, target_main text,
    launched numeric, destroyed numeric, not_reach_goal numeric, c10 text, c11 text, c12 text, c13 text, c14 text,
    c15 text, c16 text, c17 text, c18 text, c19 text, c20 text, c21 text, source text'
fi
psql -q -d "$DB" -c "create table public.bench_raw (raw_id bigserial primary key, $cols)"
names=$(psql -At -d "$DB" -c "select string_agg(quote_ident(column_name), ',' order by ordinal_position) from
  information_schema.columns where table_schema = 'public' and table_name = 'bench_raw' and column_name <> 'raw_id'")
t=$(now); psql -q -d "$DB" -c "\\copy public.bench_raw ($names) from '$WORK/a.csv' with (format csv, header true)"
copy_s=$(since "$t")

# 2. the floor: the same rows straight into the service's tables, indexes on, triggers off, rolled back
if [ "$FORMAT" = ledger ]; then
  strike_select="select 2000000000 + raw_id, attacker, target, \"startedAt\", \"endedAt\", \"timePrecision\",
    nullif(region, ''), nullif(country, ''), \"geoPrecision\", \"weaponCategory\",
    coalesce(string_to_array(nullif(\"weaponModels\", ''), '|'), '{}'), coalesce(string_to_array(nullif(\"targetCategories\", ''), '|'), '{}'),
    \"launchedLow\", \"launchedBest\", \"launchedHigh\", \"launchedClaims\" from public.bench_raw"
  claim_select="select 2000000000 + raw_id, $source_id, 'UA', id, \"launchedBest\", 'EXACT' from public.bench_raw"
  ext_select="select 'ledger', id, 2000000000 + raw_id from public.bench_raw"
else
  strike_select="select 2000000000 + raw_id, 'RU', 'UA', time_start at time zone 'Europe/Kyiv', time_end at time zone 'Europe/Kyiv',
    'MINUTE', target, 'UA', 'REGION', 'UNKNOWN', array[model], '{}'::text[], launched::int, launched::int, launched::int, 1
    from public.bench_raw"
  claim_select="select 2000000000 + raw_id, $source_id, 'UA', source, launched::int, 'EXACT' from public.bench_raw"
  ext_select="select 'missile-attacks-ua', md5(source), 2000000000 + raw_id from public.bench_raw"
fi
floor() { # $1: ORDER BY of the strikes, $2: ORDER BY of the external ids (empty: the file's order)
  local t; t=$(now)
  PGOPTIONS='-c search_path=ledger,public' psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "begin" \
    -c "set local session_replication_role = replica" \
    -c "insert into strike (id, attacker, target, started_at, ended_at, time_precision, region, country, geo_precision,
        weapon_category, weapon_models, target_categories, launched_low, launched_best, launched_high, launched_claims) $strike_select $1" \
    -c "insert into claim (strike_id, source_id, claimant, reference, launched_value, launched_qualifier) $claim_select" \
    -c "insert into strike_external_id (dataset, external_id, strike_id) $ext_select $2" -c "rollback" >/dev/null
  since "$t"
  PGOPTIONS='-c search_path=ledger' psql -q -d "$DB" -c "vacuum strike, claim, strike_external_id" >/dev/null
}
floor_s=$(floor "" "")
# the same, in the orders the service's import writes in (strikes by time, external ids by key): the
# service gains from them, so the floor is given the same advantage
floor_sorted_s=$(floor "order by 4" "order by 2")

# 3 and 4. the service, empty ledger then full ledger; a writer probe during the first import
import_file() {
  local file=$1 t job status body
  t=$(now)
  job=$(curl -fs -H 'X-API-Key: bench' -H 'Content-Type: text/csv' --data-binary @"$file" \
    "$API/imports?format=$FORMAT" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  status=QUEUED
  while [ "$status" = QUEUED ] || [ "$status" = RUNNING ]; do
    sleep 0.3
    body=$(curl -fs "$API/imports/$job")
    status=$(echo "$body" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  done
  echo "$body" | python3 -c 'import json,sys; j=json.load(sys.stdin); print("  job:", {k: j[k] for k in ("status","read","created","updated","unchanged","rejected","failure")})' >&2
  since "$t"
}
probe_log="$WORK/probe.log"; : >"$probe_log"
( while [ ! -e "$WORK/import.done" ]; do
    curl -s -o /dev/null -m 30 -w '%{http_code} %{time_total}\n' -X POST "$API/strikes" -H 'X-API-Key: bench' \
      -H 'Content-Type: application/json' -d '{"attacker":"RU","target":"UA","startedAt":"2025-04-11T20:00:00+03:00","timePrecision":"HOUR","weaponCategory":"DRONE","claims":[{"sourceId":'"$source_id"',"launched":{"value":10,"qualifier":"EXACT"}}]}' >>"$probe_log"
    sleep 0.5
  done ) & probe=$!
echo "importing A into the empty ledger ..."
empty_s=$(import_file "$WORK/a.csv")
touch "$WORK/import.done"; wait $probe 2>/dev/null || true
echo "importing B into the ledger holding A ..."
full_s=$(import_file "$WORK/b.csv")
load=$(cut -d' ' -f1-3 /proc/loadavg)
peak_rss_mb=$(( $(awk '/VmHWM/ {print $2}' "/proc/$app/status") / 1024 ))

out=bench/results/import-$FORMAT-$N.md
python3 - "$N" "$FORMAT" "$copy_s" "$floor_s" "$empty_s" "$full_s" "$probe_log" "$load" "$(git rev-parse --short HEAD)" "$load_start" "$peak_rss_mb" "$JVM_OPTS" "$floor_sorted_s" <<'PY' | tee "$out"
import sys, datetime
n, fmt = int(sys.argv[1]), sys.argv[2]
copy, floor, empty, full = map(float, sys.argv[3:7])
probes = [l.split() for l in open(sys.argv[7]) if l.strip()]
lat = sorted(float(p[1]) for p in probes)
bad = sum(1 for p in probes if not p[0].startswith('2'))
q = lambda f: lat[min(len(lat) - 1, int(len(lat) * f))] if lat else float('nan')
print(f"# Import benchmark: {n:,} rows, format {fmt}")
print()
print(f"{datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, commit {sys.argv[9]}, load average at the start {sys.argv[10]}, at the end {sys.argv[8]} (2 cores, shared)")
print()
print("| what | seconds | rows/s | ratio |")
print("|---|---|---|---|")
print(f"| COPY of file A into a typed table | {copy:.1f} | {n / copy:,.0f} | 1 |")
print(f"| floor: the rows straight into strike, claim, strike_external_id (indexes, no triggers) | {floor:.1f} | {n / floor:,.0f} | {copy / floor:.3f} of COPY |")
floor_sorted = float(sys.argv[13])
print(f"| floor in the service's write orders (strikes by time, external ids by key) | {floor_sorted:.1f} | {n / floor_sorted:,.0f} | {copy / floor_sorted:.3f} of COPY |")
print(f"| service import of A, empty ledger | {empty:.1f} | {n / empty:,.0f} | {copy / empty:.3f} of COPY; {floor / empty:.2f} of the floor (service time / floor time {empty / floor:.2f}; / the ordered floor's {empty / floor_sorted:.2f}) |")
print(f"| service import of B, ledger holding A | {full:.1f} | {n / full:,.0f} | {empty / full:.2f} of the empty-ledger rate |")
print()
print(f"API writes during the first import (a new strike with a claim every 0.5 s): {len(probes)} sent, {bad} not 2xx,"
      f" p50 {q(0.5):.3f} s, p99 {q(0.99):.3f} s, max {lat[-1] if lat else float('nan'):.3f} s")
print()
print(f"Service peak RSS over both imports (VmHWM): {sys.argv[11]} MB (target <= 600 MB), JVM flags `{sys.argv[12]}`")
PY
{ echo; echo "Where each import's time went (the service's log; stages overlap: two batches are written at once while the next is read):"; echo
  grep -o 'Import job [0-9]*: .*' "$WORK/app.log" | sed 's/^/    /'; } | tee -a "$out"
