#!/usr/bin/env bash
# The dashboard's speed against a running service: render time of the default view in headless
# Chromium (navigation to <html data-ready="true">, cold profile each run), the number of API requests
# it makes, and each request's p50/p95 over sequential calls. Run it against the service bench/run.sh
# starts on its 1M-strike database (or any), under the bench lock:
#   flock /tmp/bench.lock bench/dashboard.sh http://127.0.0.1:18990
# RUNS (default 5) and REQUESTS (default 50) set the repetitions. Prints lines starting DASHBOARD.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?usage: bench/dashboard.sh BASE_URL}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -B test -Dtest=DashboardRenderBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddashboard.url="$BASE/dashboard" -Ddashboard.runs="${RUNS:-5}" -Ddashboard.requests="${REQUESTS:-50}" \
  | grep '^DASHBOARD'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
