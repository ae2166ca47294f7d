#!/usr/bin/env bash
# Start-up: linting one short article from the command line, start to exit, with every shipped
# rule; beside it `--version` (the runtime's own start, the floor) and the same lint without the
# start-up cache (parsed YAML and the lexicon's table; the warm-up runs fill it in a folder of this
# run). Uses hyperfine when installed (Debian: apt-get install -y hyperfine), else a loop of
# /usr/bin/time; prints the load average.
# Usage: bench/startup.sh [RUNS=20]
# Environment: EDL_TOOL  an editorial-lint apphost or .dll (default: publish one, Release, ReadyToRun);
#              EDL_NATIVE=1  publish it as a Native AOT executable instead (bench/tool.sh).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-20}"
work="$(mktemp -d "${TMPDIR:-/tmp}/edl-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export EDITORIAL_LINT_CACHE="$work/cache"
source "$repo/bench/tool.sh"
edl_tool "$work"
article="$(ls -S "$repo"/fixtures/clean/*.txt | tail -1)"
echo "article: $article ($(wc -c < "$article") bytes); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v hyperfine > /dev/null; then
  hyperfine -N -i -w 3 -r "$runs" "$cmd --version" "$cmd lint $article" "$cmd lint --format json $article" \
    "env EDITORIAL_LINT_CACHE= $cmd lint $article"
else
  for c in "--version" "lint $article"; do
    for _ in $(seq 1 "$runs"); do /usr/bin/time -f "%e" $cmd $c > /dev/null 2>> "$work/t" || true; done
    python3 -c "import statistics,sys; t=[float(l) for l in open('$work/t') if l.strip()[0].isdigit()]; print(f'{sys.argv[1]}: median {statistics.median(t)*1000:.0f} ms, min {min(t)*1000:.0f} ms over {len(t)} runs')" "$c"
    : > "$work/t"
  done
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
