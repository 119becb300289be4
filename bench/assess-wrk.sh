#!/usr/bin/env bash
# POST /api/risk/assess driven by wrk (Debian package) from a separate process, beside the bare
# HTTP stack (GET /actuator/health/liveness) in the same run. Usage: bench/assess-wrk.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
connections="${2:-32}"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
./mvnw -q -pl bench -am package -DskipTests -Dspotless.check.skip=true
./mvnw -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime >/dev/null 2>&1 \
  || ./mvnw -q -pl bench -am dependency:build-classpath -Dmdep.outputFile="$PWD/bench/target/bench-classpath.txt" -Dmdep.includeScope=runtime
cp="bench/target/classes:$(cat bench/target/bench-classpath.txt 2>/dev/null || cat target/bench-classpath.txt)"
bodies="$(mktemp)"
log="$(mktemp)"
java -Xmx2g -cp "$cp" org.digifin.bench.risk.AssessHttpBenchmark serve 60000 "$bodies" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$bodies"' EXIT
for _ in $(seq 1 180); do grep -q '^READY' "$log" && break; sleep 1; done
read -r _ port key _ < <(grep '^READY' "$log")
echo "server on port $port; $(wc -l <"$bodies") bodies; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c"$connections" -d5s -s bench/assess.lua "http://localhost:$port" -- "$bodies" "$key" >/dev/null   # warm-up
echo "== POST /api/risk/assess"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/assess.lua "http://localhost:$port" -- "$bodies" "$key"
echo "== peer: GET /actuator/health/liveness"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://localhost:$port/actuator/health/liveness"
