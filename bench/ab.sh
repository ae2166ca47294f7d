#!/usr/bin/env bash
# Two builds of the tool against each other, whole process, in turns, on one machine.
#
# Publishes BASE (a commit) and the working tree as they ship (Release, ReadyToRun), then lints the
# same corpus with every shipped rule and a 500-entry name dictionary, ROUNDS times in turn, and
# prints each side's median wall and CPU (user + system) time and their ratios. A busy machine
# stretches wall time far more than CPU time, so on one, go by CPU time; either way, only a
# difference that holds over rounds in turn means something.
#
# Usage: bench/ab.sh BASE [ARTICLES=1000] [ROUNDS=6] [-- LINT-ARGS...]
#   e.g. bench/ab.sh main 1000 8
#        bench/ab.sh main 1 20 -- --no-default-rules    (start-up with the dictionary only)
# Environment: EDL_BENCH_WORK  work folder to keep (default: a new temporary one, removed after);
#              EDL_A, EDL_B    an editorial-lint.dll or apphost for each side instead of publishing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="$repo/../shared"; [ -d "$shared/bench" ] || shared="/work/shared"
[ $# -ge 1 ] || { echo "usage: bench/ab.sh BASE [ARTICLES=1000] [ROUNDS=6] [-- LINT-ARGS...]" >&2; exit 2; }
base="$1"; shift
articles=1000; rounds=6
if [ $# -gt 0 ] && [ "$1" != "--" ]; then articles="$1"; shift; fi
if [ $# -gt 0 ] && [ "$1" != "--" ]; then rounds="$1"; shift; fi
if [ $# -gt 0 ] && [ "$1" = "--" ]; then shift; fi
extra=("$@")
work="${EDL_BENCH_WORK:-}"
if [ -z "$work" ]; then work="$(mktemp -d "${TMPDIR:-/tmp}/edl-ab.XXXXXX")"; trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work"

publish() { # publish SOURCE-DIR OUT-DIR
  dotnet publish "$1/src/EditorialLint.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$2" --artifacts-path "$2.artifacts" > "$2.log" 2>&1 || { tail -20 "$2.log"; exit 2; }
}
a="${EDL_A:-}"; b="${EDL_B:-}"
if [ -z "$a" ]; then
  echo "publishing $base ..." >&2
  mkdir -p "$work/base-src"
  (cd "$repo" && git archive "$base") | tar -x -C "$work/base-src"
  publish "$work/base-src" "$work/a"
  a="$work/a/editorial-lint"
fi
if [ -z "$b" ]; then
  echo "publishing the working tree ..." >&2
  mkdir -p "$work/head-src"
  (cd "$repo" && git ls-files -co --exclude-standard -z | xargs -0 tar -cf - 2>/dev/null) | tar -xf - -C "$work/head-src"
  publish "$work/head-src" "$work/b"
  b="$work/b/editorial-lint"
fi

rm -rf "$work/corpus"   # a kept work folder may hold a larger corpus from an earlier run
python3 "$shared/bench/make_corpus.py" "$shared/seeds" "$work/corpus" "$articles" > /dev/null
python3 "$shared/bench/make_names.py" 500 tsv > "$work/names.tsv"
python3 "$repo/bench/make_pack.py" "$work/names.tsv" > "$work/names.rules.yaml"
corpus="$work/corpus"; texts=("$work"/corpus/*.txt); [ "$articles" = 1 ] && corpus="${texts[0]}"

run() { # run TOOL: prints "wall cpu"
  local cmd=("$1"); [[ "$1" == *.dll ]] && cmd=(dotnet "$1")
  /usr/bin/time -f "%e %U %S" -o "$work/time" "${cmd[@]}" lint --format json --rules "$work/names.rules.yaml" "${extra[@]}" "$corpus" \
    > /dev/null 2> "$work/err" || [ $? -eq 1 ] || { cat "$work/err" >&2; exit 2; }
  tail -1 "$work/time" | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'
}

run "$a" > /dev/null; run "$b" > /dev/null   # warm the file cache and the tools' caches
: > "$work/times"
for r in $(seq 1 "$rounds"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  # The side that goes first alternates, so neither always runs just after the other.
  order="a b"; [ $((r % 2)) -eq 0 ] && order="b a"
  for side in $order; do
    tool="$a"; [ "$side" = b ] && tool="$b"
    read -r wall cpu < <(run "$tool")
    echo "$side $wall $cpu $load" >> "$work/times"
    echo "round $r $side: wall $wall s, cpu $cpu s (load $load)" >&2
  done
done

python3 - "$work/times" "$base" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
med = {s: (statistics.median(float(r[1]) for r in rows if r[0] == s), statistics.median(float(r[2]) for r in rows if r[0] == s)) for s in "ab"}
print(f"{'':<14} {'wall (median)':>14} {'CPU (median)':>14}")
print(f"{'A ' + sys.argv[2][:12]:<14} {med['a'][0]:>12.3f} s {med['a'][1]:>12.3f} s")
print(f"{'B working tree':<14} {med['b'][0]:>12.3f} s {med['b'][1]:>12.3f} s")
print(f"{'B / A':<14} {med['b'][0] / med['a'][0]:>14.3f} {med['b'][1] / med['a'][1]:>14.3f}")
# A sign test over the rounds: on a machine whose speed drifts, a median difference that B wins
# in about half of the rounds is noise; one it wins in nearly all of them is not.
pairs = list(zip([r for r in rows if r[0] == "a"], [r for r in rows if r[0] == "b"]))
faster = [sum(1 for x, y in pairs if float(y[i]) < float(x[i])) for i in (1, 2)]
slower = [sum(1 for x, y in pairs if float(y[i]) > float(x[i])) for i in (1, 2)]
print(f"{'B faster in':<14} {faster[0]:>10} of {len(pairs)} {faster[1]:>10} of {len(pairs)}  (rounds, wall / CPU;"
      f" slower in {slower[0]} / {slower[1]}, the rest equal to the 10 ms the clock reads)")
PY
