#!/usr/bin/env bash
# Start-up time and resident memory of the service without and with the event classifier: the same jar
# and the same JVM flags (the pom's service.jvm.options, MALLOC_ARENA_MAX=2), once with
# ledger.extraction.relevance=rules (no model loaded) and once with the default (classifier).
#   flock /tmp/bench.lock bench/classifier-startup.sh target/conflict-ledger-*.jar [RUNS]
# Runs alternate (rules, classifier, rules, ...), RUNS each (default 3), each on a fresh database; for each
# start it prints the time until /actuator/health answers UP, Spring's own "Started ... in N seconds",
# and VmRSS 10 s after UP. Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres), psql, curl.
# SETTINGS (default "rules classifier") names the settings to alternate; APP_ARGS adds arguments to every start
# (e.g. APP_ARGS=--spring.data.jpa.repositories.bootstrap-mode=default to compare a setting of the service).
set -euo pipefail
JAR=${1:?jar}; RUNS=${2:-3}
PORT=${PORT:-18997}; DB=${DB:-ceo_classifier_bench}
HERE=$(cd "$(dirname "$0")/.." && pwd)
JVM_OPTS=${JVM_OPTS:-$(sed -n 's:.*<service.jvm.options>\(.*\)</service.jvm.options>.*:\1:p' "$HERE/pom.xml")}
WORK=$(mktemp -d)
trap 'kill "${APP:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
echo "uptime: $(uptime)"
echo "JVM: $JVM_OPTS (MALLOC_ARENA_MAX=2)"
SETTINGS=${SETTINGS:-rules classifier}
APP_ARGS=${APP_ARGS:-}
echo "settings: $SETTINGS; arguments: ${APP_ARGS:-none}"
for run in $(seq 1 "$RUNS"); do
  for relevance in $SETTINGS; do
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null
    start=$(date +%s.%N)
    MALLOC_ARENA_MAX=2 SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
      java $JVM_OPTS -jar "$JAR" --server.port="$PORT" --ledger.extraction.relevance="$relevance" \
      --ledger.feeds.scheduler-enabled=false $APP_ARGS >"$WORK/app.log" 2>&1 &
    APP=$!
    up=""
    for _ in $(seq 1 1800); do
      if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then up=$(date +%s.%N); break; fi
      kill -0 "$APP" 2>/dev/null || { tail -20 "$WORK/app.log" >&2; exit 1; }
      sleep 0.1
    done
    [ -n "$up" ] || { echo "no UP within 180 s" >&2; tail -5 "$WORK/app.log" >&2; exit 1; }
    sleep 10
    rss=$(awk '/VmRSS/ {print $2}' /proc/$APP/status)
    spring=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]* seconds' || true)
    printf '%-10s run %d: UP after %.2f s (Spring: %s), RSS %d MB, load %s\n' "$relevance" "$run" \
      "$(echo "$up - $start" | bc)" "$spring" $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
    kill "$APP"; wait "$APP" 2>/dev/null || true
  done
done
psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB with (force)" >/dev/null
echo "uptime: $(uptime)"
