#!/usr/bin/env bash
# Peak memory (resident set, VmHWM via /usr/bin/time) of one run over N articles with every
# shipped rule, per output format. Articles are streamed for json and text.
# Usage: bench/memory.sh [ARTICLES=10000]
# Environment: EDL_TOOL  an editorial-lint apphost or .dll (default: publish one, Release, ReadyToRun);
#              EDL_NATIVE=1  publish it as a Native AOT executable instead (bench/tool.sh).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="$repo/../shared"; [ -d "$shared/bench" ] || shared="/work/shared"
articles="${1:-10000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/edl-memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT
source "$repo/bench/tool.sh"
edl_tool "$work"
python3 "$shared/bench/make_corpus.py" "$shared/seeds" "$work/corpus" "$articles"
for format in json text sarif; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%M %e %U" $cmd lint --format "$format" "$work/corpus" > /dev/null 2> "$work/time" || true
  read -r kb wall user < <(tail -1 "$work/time")
  printf '%-6s peak %6.0f MB   %6.1f s wall  %6.1f s user   load %s\n' "$format" "$(echo "$kb/1024" | bc -l)" "$wall" "$user" "$load"
done
