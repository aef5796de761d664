#!/usr/bin/env bash
# mini-lambda and serverless-offline side by side, driven by the same load driver
# (EngineBenchmark; for serverless-offline with --endpoint): warm invoke latency through the
# Lambda Invoke API, throughput with 4 callers, cold start (first invocation of a function).
#
#   mvn -B -DskipTests package && mini-lambda/bench/compare-serverless-offline.sh
# Environment: SLS_DIR (scratch folder, default /tmp/sls-compare; outside the repository),
# CLIENT (sdk or raw, default sdk), SLS_OFFLINE_FLAGS (extra flags, e.g. --useInProcess),
# SKIP_MINI_LAMBDA=1 (only serverless-offline).
#
# serverless-offline 13 needs the Serverless Framework 3 (v4 needs a login); both come from the
# npm registry. The function is a Node.js 20 no-op (nodejs20.x), run by serverless-offline in a
# worker thread of its own process: no sandbox, no separate runtime process, no freeze.
# Not part of the test suite.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
bench_jar="$repo/mini-lambda/bench/target/mini-lambda-bench.jar"
engine_jar="$repo/mini-lambda/target/mini-lambda.jar"
sls_dir=${SLS_DIR:-/tmp/sls-compare}
client=${CLIENT:-sdk}
port=3002

for f in "$bench_jar" "$engine_jar"; do
  [[ -f $f ]] || { echo "Expected $f; build it first with: mvn -B -DskipTests package" >&2; exit 2; }
done
command -v node >/dev/null && command -v npm >/dev/null \
  || { echo "Expected node and npm on the PATH; install them with: apt-get install -y nodejs npm" >&2; exit 2; }
if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
  echo "Expected port $port to be free for serverless-offline, but something listens there; stop it first" >&2
  exit 2
fi

mkdir -p "$sls_dir"
cd "$sls_dir"
cat > handler.js <<'EOF'
'use strict';
// The same nothing as mini-lambda's benchmark handler (dojo.lambda.bench.NoOp).
exports.noop = async () => ({});
EOF
{
  printf 'service: bench\nframeworkVersion: "3"\n'
  printf 'provider:\n  name: aws\n  runtime: nodejs20.x\n  region: us-east-1\n  memorySize: 1769\n'
  printf 'plugins:\n  - serverless-offline\n'
  printf 'functions:\n  noop:\n    handler: handler.noop\n'
  # fresh functions for the cold starts: each one's first invocation loads its handler anew
  for i in $(seq 0 19); do printf '  cold%d:\n    handler: handler.noop\n' "$i"; done
} > serverless.yml
if [[ ! -x node_modules/.bin/serverless ]]; then
  [[ -f package.json ]] || npm init -y >/dev/null
  npm install --no-audit --no-fund serverless@3.40.0 serverless-offline@13.10.1
fi

export SLS_TELEMETRY_DISABLED=1 SLS_NOTIFICATIONS_MODE=off AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test
: > offline.log # emptied here, not by the redirection below: that happens in the background, after the wait may have begun
# shellcheck disable=SC2086 # SLS_OFFLINE_FLAGS is a list of flags
node node_modules/.bin/serverless offline start --lambdaPort "$port" ${SLS_OFFLINE_FLAGS:-} > offline.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q "listening on http://localhost:$port" offline.log && break
  kill -0 "$server" 2>/dev/null || { cat offline.log >&2; echo "serverless-offline did not start (log above)" >&2; exit 1; }
  sleep 0.5
done
grep -q "listening on http://localhost:$port" offline.log || { cat offline.log >&2; echo "serverless-offline did not listen on $port within 60 s" >&2; exit 1; }

echo "== $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== serverless-offline $(grep -m1 '"version"' node_modules/serverless-offline/package.json | tr -dc '0-9.'), node $(node --version), nodejs20.x no-op ${SLS_OFFLINE_FLAGS:-(worker threads)}"
java -jar "$bench_jar" --endpoint "http://127.0.0.1:$port" --function bench-dev-noop \
  --cold-prefix bench-dev-cold --cold-count 20 --server-pid "$server" --client "$client"
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true

if [[ -z ${SKIP_MINI_LAMBDA:-} ]]; then
  echo "== $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "== mini-lambda, java17 no-op (dojo.lambda.bench.NoOp)"
  cd "$repo"
  java -jar "$bench_jar" --engine-jar "$engine_jar" --parts warm,throughput,cold17 --client "$client"
fi
echo "== $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
