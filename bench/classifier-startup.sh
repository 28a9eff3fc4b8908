#!/usr/bin/env bash
# Start-up time and resident memory of the service with and without the event classifier, same JVM flags.
#   flock /work/wt/.bench.lock bench/classifier-startup.sh BEFORE.jar AFTER.jar [RUNS]
# Each jar is started RUNS times (default 3) on a fresh database; for each start it prints the time until
# /actuator/health answers UP, Spring's own "Started ... in N seconds", and VmRSS 10 s after UP.
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres), psql, curl.
set -euo pipefail
BEFORE=${1:?before jar}; AFTER=${2:?after jar}; RUNS=${3:-3}
PORT=${PORT:-18997}; DB=${DB:-ceo_classifier_bench}
JVM_OPTS=${JVM_OPTS:--Xms256m -Xmx256m -XX:+UseParallelGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k}
WORK=$(mktemp -d)
trap 'kill "${APP:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); JVM: $JVM_OPTS"
for label in before after; do
  jar=$BEFORE; [ "$label" = after ] && jar=$AFTER
  for run in $(seq 1 "$RUNS"); do
    psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null
    start=$(date +%s.%N)
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
      java $JVM_OPTS -jar "$jar" --server.port="$PORT" >"$WORK/app.log" 2>&1 &
    APP=$!
    up=""
    for _ in $(seq 1 1800); do
      if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then up=$(date +%s.%N); break; fi
      kill -0 "$APP" 2>/dev/null || { tail -20 "$WORK/app.log" >&2; exit 1; }
      sleep 0.1
    done
    [ -n "$up" ] || { echo "no UP within 180 s" >&2; tail -5 "$WORK/app.log" >&2; curl -sS "http://127.0.0.1:$PORT/actuator/health" >&2 || true; exit 1; }
    sleep 10
    rss=$(awk '/VmRSS/ {print $2}' /proc/$APP/status)
    spring=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]* seconds' || true)
    printf '%-6s run %d: UP after %.2f s (Spring: %s), RSS %d MB, load %s\n' "$label" "$run" \
      "$(echo "$up - $start" | bc)" "$spring" $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
    kill "$APP"; wait "$APP" 2>/dev/null || true
  done
done
psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null
