#!/usr/bin/env bash
# Benchmark of the read paths on N synthetic strikes (default 1,000,000):
#   bench/run.sh                    # N=1000000
#   N=100000 bench/run.sh           # smaller
#   COPY_TO=bench/results/100k.md N=100000 bench/run.sh   # also keep the table under another name
#   JAR=/path/to/other.jar N=100000 bench/run.sh         # another build's jar (e.g. an older commit's, to compare)
# Creates a fresh database, loads the strikes (bench/load.sql: generate_series into staging tables,
# then one INSERT ... SELECT each into strike and claim, as a bulk import does), starts the service
# jar against it, measures each case through HTTP with wrk and the equivalent plain SQL with pgbench
# in the same run, and prints one table (also written to bench/results/latest.md). Then it exports
# all N strikes as CSV from a second service started with a small heap, to show the export streams.
# Needs PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres, trust), psql, pgbench,
# wrk (installed from Debian when missing), Java 17. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000000}
DURATION=${DURATION:-15}          # seconds of measurement per case
WARMUP=${WARMUP:-5}               # seconds of warm-up per case (not measured)
JIT_WARMUP=${JIT_WARMUP:-60}      # seconds of load over every case first, so the JIT has compiled the paths
PORT=${PORT:-18300}
DB=${DB:-ledger_bench}
OUT=bench/results/latest.md
# the service's own JVM flags (pom.xml service.jvm.options, stated in the README), unless JVM_OPTS says otherwise
JVM_OPTS=${JVM_OPTS:-$(sed -n 's:.*<service.jvm.options>\(.*\)</service.jvm.options>.*:\1:p' pom.xml)}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
EXPORT_HEAP=${EXPORT_HEAP:-64m}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
WORK=$(mktemp -d /tmp/ledger-bench.XXXXXX)
KEY=bench-admin-key
started=$(date +%s)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

for tool in psql pgbench java curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 1; }
done
if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian"
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null
fi

JAR=${JAR:-$(ls target/conflict-ledger-*.jar 2>/dev/null | grep -v plain | head -1 || true)}
if [ -z "$JAR" ]; then
  log "building the service jar"
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/conflict-ledger-*.jar | grep -v plain | head -1)
fi
cp "$JAR" "$WORK/app.jar"   # a rebuild while the benchmark runs must not pull the jar from under it

APP_PID=
OFF_PID=
stop_app() {
  if [ -n "${APP_PID:-}" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true   # 143: it ended on our SIGTERM
  fi
  APP_PID=
}
stop_off() {
  if [ -n "${OFF_PID:-}" ]; then
    kill "$OFF_PID" 2>/dev/null || true
    wait "$OFF_PID" 2>/dev/null || true
  fi
  OFF_PID=
}
trap 'stop_app; stop_off; rm -rf "$WORK"' EXIT

# start_app PORT JVM_OPTS LOG [PROPERTY...]: the jar against the bench database, default settings (rate limits on)
start_app() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  SPRING_DATASOURCE_PASSWORD= LEDGER_API_KEYS="$KEY:ADMIN:bench" \
    java $2 -jar "$WORK/app.jar" --server.port="$1" \
      --logging.level.root=WARN "${@:4}" >"$3" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$3" >&2; return 1; }
    sleep 0.5
  done
  return 1
}

log "fresh database $DB"
psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null
psql -q -d postgres -c "create database $DB" >/dev/null
log "starting the service (its migrations create the schema)"
start_app "$PORT" "$JVM_OPTS" "$WORK/app.log"
PID=$APP_PID

log "loading $N strikes"
t0=$(date +%s.%N)
PGOPTIONS='-c search_path=ledger' psql -q -d "$DB" -v n="$N" -f bench/load.sql >/dev/null
t1=$(date +%s.%N)
PGOPTIONS='-c search_path=ledger' psql -q -d "$DB" -c "vacuum analyze" >/dev/null
t2=$(date +%s.%N)
counts=$(psql -At -d "$DB" -c "select (select count(*) from ledger.strike) || ' strikes, ' || (select count(*) from ledger.claim)
  || ' claims, ' || (select count(*) from ledger.strike_rollup) || ' rollup rows, database ' || pg_size_pretty(pg_database_size('$DB'))")
load_s=$(echo "$t1 - $t0" | bc); vacuum_s=$(echo "$t2 - $t1" | bc)
log "loaded in ${load_s}s (vacuum analyze ${vacuum_s}s): $counts"

# the service's background work after a bulk load (duplicate candidates of the new strikes, the rollup
# days the load marked dirty) is an import's cost, not a read's: the cases start when it is done
t3=$(date +%s.%N)
# (a build older than these queues, given as JAR= to compare with, waits for the ones it has)
queues=$(psql -At -d "$DB" -c "select string_agg('(select count(*) from ' || q || ')', ' + ') from unnest(array['ledger.duplicate_queue',
  'ledger.strike_rollup_dirty']) q where to_regclass(q) is not null")
for _ in $(seq 1 1800); do
  pending=$(psql -At -d "$DB" -c "select 0${queues:+ + $queues}")
  [ "$pending" = 0 ] && break
  sleep 1
done
settle_s=$(echo "$(date +%s.%N) - $t3" | bc)
log "background work after the load done in ${settle_s}s (left: ${pending})"

# (e): a 30-day energy moratorium both sides accepted, in force 18 March - 17 April 2025
api() { curl -fsS -H "X-API-Key: $KEY" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/v1/$1" -d "$2"; }
CF=$(api ceasefires '{"name":"Energy infrastructure moratorium","scope":"ENERGY_INFRASTRUCTURE","parties":[{"party":"RU","position":"ACCEPTED"},{"party":"UA","position":"ACCEPTED"}],"proposedAt":"2025-03-11T00:00:00Z"}' \
  | sed -E 's/^\{"id":([0-9]+).*/\1/')
api "ceasefires/$CF/transitions" '{"to":"IN_FORCE","at":"2025-03-18T00:00:00Z"}' >/dev/null
api "ceasefires/$CF/transitions" '{"to":"EXPIRED","at":"2025-04-17T00:00:00Z"}' >/dev/null

BASE="http://127.0.0.1:$PORT"
# a second service on the same database with rate limits off, measured right after each case of the first,
# so that the cost of the limits (target: at most 10%) is read under the same load
OFF_PORT=$((PORT + 2))
log "starting a second service with ledger.rate-limit.enabled=false"
start_app "$OFF_PORT" "$JVM_OPTS" "$WORK/app-off.log" --ledger.rate-limit.enabled=false
OFF_PID=$APP_PID
APP_PID=$PID
OFF_BASE="http://127.0.0.1:$OFF_PORT"
PATH_A="/api/v1/strikes/{random id}"
PATH_B="/api/v1/strikes?attacker=RU&weaponCategory=DRONE&sort=-startedAt&size=50"
PATH_C="/api/v1/stats/strikes?bucket=day&groupBy=attacker"
PATH_D="/api/v1/stats/strikes?bucket=day&attacker=RU&region=Kharkiv%20oblast&from=2025-01-01&to=2025-04-01"
PATH_E="/api/v1/ceasefires/$CF/compliance"
PATH_F="/api/v1/timeline?from=2025-03-01&to=2025-04-01&limit=50"

# the same answers in plain SQL on the base tables, as a person would write them
FIG='count(*), sum(launched_low), sum(launched_best), sum(launched_high), sum(intercepted_low), sum(intercepted_best),
  sum(intercepted_high), sum(suppressed_low), sum(suppressed_best), sum(suppressed_high), sum(hit_low), sum(hit_best),
  sum(hit_high), sum(killed_low), sum(killed_best), sum(killed_high), sum(wounded_low), sum(wounded_best), sum(wounded_high)'
COVER="attacker in ('RU', 'UA') and target in ('RU', 'UA') and 'ENERGY' = any(target_categories)"
cat >"$WORK/a.sql" <<SQL
\set id random(1, $N)
select * from ledger.strike where id = :id;
SQL
cat >"$WORK/b.sql" <<SQL
select count(*) from ledger.strike where attacker = 'RU' and weapon_category = 'DRONE';
select * from ledger.strike where attacker = 'RU' and weapon_category = 'DRONE' order by started_at desc, id desc limit 50;
SQL
cat >"$WORK/c.sql" <<SQL
select date_trunc('day', started_at, 'UTC'), attacker, $FIG from ledger.strike group by 1, 2 order by 1, 2;
SQL
cat >"$WORK/d.sql" <<SQL
select date_trunc('day', started_at, 'UTC'), $FIG from ledger.strike where attacker = 'RU' and lower(region) = 'kharkiv oblast'
  and started_at >= '2025-01-01' and started_at < '2025-04-01' group by 1 order by 1;
SQL
cat >"$WORK/e.sql" <<SQL
select attacker, date_trunc('day', greatest(started_at, '2025-03-18'), 'UTC'), count(*) from ledger.strike
  where $COVER and started_at < '2025-04-17' and ended_at >= '2025-03-18' group by 1, 2;
select attacker, date_trunc('day', started_at, 'UTC'), count(*) from ledger.strike
  where $COVER and started_at >= '2025-02-16' and started_at < '2025-03-18' group by 1, 2;
select * from ledger.strike where $COVER and started_at < '2025-04-17' and ended_at >= '2025-03-18'
  order by started_at, id limit 50;
SQL
cat >"$WORK/f.sql" <<SQL
select * from (
  (select 'STRIKE' as kind, started_at as t, id from ledger.strike where started_at >= '2025-03-01' and started_at < '2025-04-01'
   order by started_at, id limit 51)
  union all (select 'CEASEFIRE', at, id from ledger.ceasefire_transition where at >= '2025-03-01' and at < '2025-04-01'
   order by at, id limit 51)
  union all (select 'NEGOTIATION', occurred_at, id from ledger.negotiation_event where occurred_at >= '2025-03-01'
   and occurred_at < '2025-04-01' order by occurred_at, id limit 51)) x order by t, kind, id limit 51;
SQL

cat >"$WORK/wrk.lua" <<'LUA'
local n = tonumber(os.getenv("BENCH_N"))
local fixed = os.getenv("BENCH_PATH")
local counter = 0
request = function()
  if fixed ~= "" then return wrk.format("GET", fixed) end
  counter = counter + 1
  return wrk.format("GET", "/api/v1/strikes/" .. math.random(1, n))
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.2f %.2f %.2f %.0f %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6), errors))
end
LUA

# http CASE CONNECTIONS PATH [BASE] -> "p50 p95 p99 rps errors"
http() {
  local path=$3; [ "$path" = "$PATH_A" ] && path=
  local base=${4:-$BASE}
  BENCH_N=$N BENCH_PATH=$path wrk -t2 -c"$2" -d"${WARMUP}s" -s "$WORK/wrk.lua" "$base" >/dev/null
  BENCH_N=$N BENCH_PATH=$path wrk -t2 -c"$2" -d"${DURATION}s" --timeout 10s -s "$WORK/wrk.lua" "$base" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}

# sql CASE CONNECTIONS -> "p50 p95 p99 tps" from pgbench's per-transaction log
sql() {
  local dir="$WORK/pg-$1"; mkdir -p "$dir"
  pgbench -n -M prepared -c "$2" -j 2 -T "$WARMUP" -f "$WORK/$1.sql" "$DB" >/dev/null 2>&1
  local tps
  tps=$(cd "$dir" && pgbench -n -M prepared -c "$2" -j 2 -T "$DURATION" -l --log-prefix=tx -f "$WORK/$1.sql" "$DB" 2>/dev/null \
    | awk '/^tps/ {printf "%.0f", $3}')
  cat "$dir"/tx* | awk '{print $3}' | sort -n >"$dir/sorted"
  local count; count=$(wc -l <"$dir/sorted")
  pct() { sed -n "$(( (count * $1 + 99) / 100 ))p" "$dir/sorted" | awk '{printf "%.2f", $1 / 1000}'; }
  echo "$(pct 50) $(pct 95) $(pct 99) $tps"
}

declare -A TARGET=([a]="p99 <= 10 ms, >= 1/4 of SQL rate" [b]="p95 <= 15 ms" [c]="p95 <= 25 ms" [d]="p95 <= 15 ms"
                   [e]="p95 <= 50 ms" [f]="p95 <= 20 ms")
declare -A NAME=([a]="(a) one strike by id" [b]="(b) filtered sorted page of 50" [c]="(c) daily stats, whole range, by attacker"
                 [d]="(d) daily stats, 90 days, one attacker and region" [e]="(e) compliance of a 30-day cease-fire"
                 [f]="(f) first timeline page of a month")
declare -A CONN=([a]=16 [b]=16 [c]=2 [d]=2 [e]=2 [f]=2)
# pgbench's clients: as many as wrk's connections, except for (a), where the read-path issue compares wrk
# at 16 connections with pgbench at 8 clients
declare -A SQL_CONN=([a]=8 [b]=16 [c]=2 [d]=2 [e]=2 [f]=2)
declare -A URL=([a]="$PATH_A" [b]="$PATH_B" [c]="$PATH_C" [d]="$PATH_D" [e]="$PATH_E" [f]="$PATH_F")
declare -A H S
log "warming the JIT up for ${JIT_WARMUP}s over every case"
for base in "$BASE" "$OFF_BASE"; do
  for c in a b c d e f; do
    path=${URL[$c]}; [ "$path" = "$PATH_A" ] && path=
    BENCH_N=$N BENCH_PATH=$path wrk -t2 -c8 -d"$(( (JIT_WARMUP + 5) / 6 ))s" -s "$WORK/wrk.lua" "$base" >/dev/null
  done
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for c in a b c d e f; do
  log "case ${NAME[$c]}: HTTP"
  H[$c]=$(http "$c" "${CONN[$c]}" "${URL[$c]}")
  log "  ${H[$c]}; HTTP with rate limits off"
  H[$c-]=$(http "$c" "${CONN[$c]}" "${URL[$c]}" "$OFF_BASE")
  log "  ${H[$c-]}; plain SQL"
  S[$c]=$(sql "$c" "${SQL_CONN[$c]}")
  log "  ${S[$c]}"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
peak_rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$PID/status")
off_rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$OFF_PID/status")
stats_answer=$(curl -fsS "$BASE$PATH_C" | head -c 20000000 | tr ',' '\n' | grep -c '"start"' || true)
sql_answer=$(psql -At -d "$DB" -c "select count(*) from (select 1 from ledger.strike group by date_trunc('day', started_at, 'UTC'), attacker) x")
stop_app
stop_off

log "exporting all $N strikes as CSV from a service with -Xmx$EXPORT_HEAP"
start_app $((PORT + 1)) "-Xms$EXPORT_HEAP -Xmx$EXPORT_HEAP -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m" "$WORK/export.log"
e0=$(date +%s.%N)
lines=$(curl -fsS -H 'Accept: text/csv' "http://127.0.0.1:$((PORT + 1))/api/v1/strikes" | wc -l)
e1=$(date +%s.%N)
export_rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
export_s=$(echo "$e1 - $e0" | bc)
oom=$(grep -c OutOfMemoryError "$WORK/export.log" || true)
stop_app

{
  echo "# Benchmark: $N strikes"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/run.sh\` (N=$N; ${JIT_WARMUP}s of load over all cases first, then"
  echo "${WARMUP}s warm-up and ${DURATION}s measurement per case)."
  echo
  echo "Machine: $(nproc) CPU cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/Mem:/ {print $2}') GB RAM,"
  echo "$(psql -At -d postgres -c 'show server_version' | cut -d' ' -f1) PostgreSQL (default settings), $(java -version 2>&1 | head -1);"
  echo "load average $load_before before the cases, $load_after after (the cores are shared with other builds)."
  echo "Service JVM: \`$JVM_OPTS\`. wrk: 2 threads; pgbench: -M prepared, -j 2, as many clients as wrk's connections but 8 for (a)."
  echo
  echo "Data: $counts; loaded in ${load_s}s, vacuum analyze ${vacuum_s}s; the service's background work after the load (duplicate candidates, dirty rollup days) done ${settle_s}s later, before the cases (left: ${pending})."
  echo
  echo "| case | conns (SQL) | HTTP p50 ms | p95 ms | p99 ms | req/s | SQL p50 ms | p95 ms | p99 ms | tx/s | HTTP/SQL rate | target |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  for c in a b c d e f a- b- c- d- e- f-; do
    read -r hp50 hp95 hp99 hrps herr <<<"${H[$c]}"
    read -r sp50 sp95 sp99 stps <<<"${S[${c%-}]}"
    ratio=$(echo "scale=2; $hrps / $stps" | bc)
    err=""; [ "${herr:-0}" != "0" ] && err=" ($herr errors)"
    name=${NAME[${c%-}]}; [ "$c" != "${c%-}" ] && name="$name, rate limits off"
    echo "| $name | ${CONN[${c%-}]} (${SQL_CONN[${c%-}]}) | $hp50 | $hp95 | $hp99 | $hrps$err | $sp50 | $sp95 | $sp99 | $stps | $ratio | ${TARGET[${c%-}]} |"
  done
  echo
  echo "The rows marked \"rate limits off\" are the same requests to a second service on the same database"
  echo "started with \`--ledger.rate-limit.enabled=false\`, measured right after the first one's. Cost of the"
  echo "limits (req/s with limits on against off; target: at most 10% lost):"
  loss_sum=0
  for c in a b c d e f; do
    read -r _ _ _ on _ <<<"${H[$c]}"; read -r _ _ _ off _ <<<"${H[$c-]}"
    loss=$(echo "scale=1; 100 * ($off - $on) / $off" | bc)
    loss_sum=$(echo "$loss_sum + $loss" | bc)
    echo "- ${NAME[$c]}: $on against $off req/s, $loss% lost"
  done
  echo "- mean over the six cases: $(echo "scale=1; $loss_sum / 6" | bc)% lost"
  echo
  read -r ap50 _ ap99 arps _ <<<"${H[a]}"; read -r sp50 _ sp99 stps <<<"${S[a]}"
  echo "GET /api/v1/strikes/{id} (wrk, 16 connections) against pgbench's point lookup (8 clients): $arps req/s (p50 $ap50 ms, p99 $ap99 ms)"
  echo "vs $stps tx/s (p50 $sp50 ms, p99 $sp99 ms), ratio $(echo "scale=3; $arps / $stps" | bc) (target >= 0.25); load average $load_before"
  echo "before the cases, $load_after after."
  echo
  echo "Service peak RSS during the whole run (VmHWM): $((peak_rss_kb / 1024)) MB (target <= 600 MB); the second"
  echo "service (limits off): $((off_rss_kb / 1024)) MB."
  echo "Statistics (c) answered $stats_answer buckets; plain SQL finds $sql_answer (day, attacker) groups."
  echo "CSV export of all strikes by a service started with -Xmx$EXPORT_HEAP: $lines lines (header + $N expected) in ${export_s}s,"
  echo "peak RSS $((export_rss_kb / 1024)) MB, OutOfMemoryError in its log: $oom."
  echo
  echo "HTTP paths: (a) \`$PATH_A\`, (b) \`$PATH_B\`, (c) \`$PATH_C\`, (d) \`$PATH_D\`, (e) \`$PATH_E\`, (f) \`$PATH_F\`."
  echo "Plain SQL per case (one pgbench transaction):"
  echo
  for c in a b c d e f; do
    echo "- ${NAME[$c]}: \`$(grep -v '^\\set' "$WORK/$c.sql" | tr '\n' ' ' | tr -s ' ')\`"
  done
  echo
  echo "Total run time $(( $(date +%s) - started ))s."
} >"$WORK/table.md"
mkdir -p bench/results
cp "$WORK/table.md" "$OUT"
[ -n "${COPY_TO:-}" ] && cp "$WORK/table.md" "$COPY_TO"
cat "$WORK/table.md"
