#!/usr/bin/env bash
# EditorialLint against textlint + textlint-rule-prh, whole process, in turns, on one machine.
#
# Builds the corpus (make_corpus.py) and the name dictionary (make_names.py) in both forms: prh for
# the peer, and an EditorialLint substitution pack (bench/make_pack.py) for us; publishes the tool
# ReadyToRun (Native AOT with EDL_NATIVE=1); then runs, ROUNDS times in turn: the peer, us with only
# the dictionary (--no-default-rules --rules names), us with every shipped rule plus the dictionary.
# Prints each round with the load average before it, the medians, MB/s and the ratios (peer / us).
#
# Usage: bench/run.sh [ARTICLES=1000] [ENTRIES=500] [ROUNDS=3]
# Environment: EDL_BENCH_WORK  work folder to keep (default: a new temporary one, removed after);
#              EDL_PEER_DIR    where textlint is installed (default: WORK/peer; reuse one to save the npm install);
#              EDL_TOOL        an editorial-lint.dll or apphost to measure instead of publishing one;
#              EDL_NATIVE=1    publish it as a Native AOT executable instead of ReadyToRun (bench/tool.sh).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="$repo/../shared"; [ -d "$shared/bench" ] || shared="/work/shared"
articles="${1:-1000}"; entries="${2:-500}"; rounds="${3:-3}"
work="${EDL_BENCH_WORK:-}"
if [ -z "$work" ]; then work="$(mktemp -d "${TMPDIR:-/tmp}/edl-bench.XXXXXX")"; trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work"
peer="${EDL_PEER_DIR:-$work/peer}"

source "$repo/bench/tool.sh"
edl_tool "$work"
run_tool() { if [[ "$tool" == *.dll ]]; then dotnet "$tool" "$@"; else "$tool" "$@"; fi; }

# The peer script installs textlint once, writes its corpus and prh dictionary, and times one run (a warm-up here).
echo "preparing the peer (textlint 15.8.0 + textlint-rule-prh) ..." >&2
bash "$shared/bench/textlint-baseline.sh" "$articles" "$entries" "$peer" > "$work/peer-warmup.txt"
corpus="$peer/corpus-$articles"
python3 "$shared/bench/make_names.py" "$entries" tsv > "$work/names-$entries.tsv"
python3 "$repo/bench/make_pack.py" "$work/names-$entries.tsv" > "$work/names-$entries.rules.yaml"
bytes=$(cat "$corpus"/*.txt | wc -c)

time_of() { # prints seconds; output discarded; exit code 0 or 1 expected (diagnostics found)
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2> "$work/last.err" || [ $? -eq 1 ] || { cat "$work/last.err" >&2; exit 2; }
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}

run_tool lint --no-default-rules --rules "$work/names-$entries.rules.yaml" "$corpus" > /dev/null || true   # warm the file cache
: > "$work/times.tsv"
for r in $(seq 1 "$rounds"); do
  for who in peer names all; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    case $who in
      peer)  s=$(time_of node "$peer/node_modules/.bin/textlint" --config "$peer/textlintrc-$entries.json" "$corpus") ;;
      names) s=$(time_of run_tool lint --no-default-rules --rules "$work/names-$entries.rules.yaml" "$corpus") ;;
      all)   s=$(time_of run_tool lint --rules "$work/names-$entries.rules.yaml" "$corpus") ;;
    esac
    printf '%s\t%s\t%s\t%s\n' "$r" "$who" "$s" "$load" >> "$work/times.tsv"
    printf 'round %s  %-6s %8.3f s   load %s\n' "$r" "$who" "$s" "$load"
  done
done

python3 - "$work/times.tsv" "$bytes" "$articles" "$entries" <<'PY'
import statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().splitlines()]
mb, articles, entries = int(sys.argv[2]) / 1e6, sys.argv[3], sys.argv[4]
med = {w: statistics.median(float(r[2]) for r in rows if r[1] == w) for w in ("peer", "names", "all")}
loads = [float(r[3]) for r in rows]
print(f"\n{articles} articles, {mb:.2f} MB, {entries}-entry dictionary; medians of {len(rows) // 3} rounds; load {min(loads):.1f} to {max(loads):.1f}")
labels = {"peer": "textlint + prh", "names": "editorial-lint, dictionary only", "all": "editorial-lint, shipped rules + dictionary"}
for w in ("peer", "names", "all"):
    ratio = "" if w == "peer" else f"   {med['peer'] / med[w]:6.1f}x faster than the peer"
    print(f"{labels[w]:<44} {med[w]:8.3f} s {mb / med[w]:8.2f} MB/s{ratio}")
PY
