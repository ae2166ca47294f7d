#!/usr/bin/env bash
# Checks that an optimisation changed no output: builds the working tree twice, once as it is and
# once with PATHS as they were at BASE (a commit), lints the fixtures and a corpus with both in
# every format, and compares standard output, standard error and exit codes byte for byte.
# Usage: bench/same-output.sh BASE PATH... [-- ARTICLES]     (ARTICLES defaults to 1000)
# e.g.   bench/same-output.sh 8b5808b src/EditorialLint.Rules/Matching/PatternSearch.cs
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
base="$1"; shift
paths=(); articles=1000
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then articles="$2"; break; fi
  paths+=("$1"); shift
done
work="$(mktemp -d "${TMPDIR:-/tmp}/edl-same-output.XXXXXX")"
trap 'rm -rf "$work"' EXIT
for side in before after; do
  mkdir -p "$work/$side"
  (cd "$repo" && git ls-files -co --exclude-standard -z | grep -zv '^bench/' | xargs -0 tar -cf - 2>/dev/null) | tar -xf - -C "$work/$side"
done
for p in "${paths[@]}"; do
  if (cd "$repo" && git cat-file -e "$base:$p" 2>/dev/null); then (cd "$repo" && git show "$base:$p") > "$work/before/$p"; else rm -f "$work/before/$p"; fi
done
for side in before after; do
  dotnet build -c Release "$work/$side/src/EditorialLint.Cli" -o "$work/$side/out" > "$work/$side.build.log" 2>&1 \
    || { tail -20 "$work/$side.build.log"; exit 2; }
done
shared="$repo/../shared"; [ -d "$shared/bench" ] || shared="/work/shared"
python3 "$shared/bench/make_corpus.py" "$shared/seeds" "$work/corpus" "$articles" > /dev/null
python3 "$shared/bench/make_names.py" 500 tsv > "$work/names.tsv"
python3 "$repo/bench/make_pack.py" "$work/names.tsv" > "$work/names.rules.yaml"
fail=0
cd "$repo"
while IFS= read -r args; do
  for side in before after; do
    set +e
    # shellcheck disable=SC2086
    dotnet "$work/$side/out/editorial-lint.dll" lint $args > "$work/$side.out" 2> "$work/$side.err"; echo $? > "$work/$side.rc"
    set -e
  done
  if cmp -s "$work/before.out" "$work/after.out" && cmp -s "$work/before.err" "$work/after.err" && cmp -s "$work/before.rc" "$work/after.rc"; then
    echo "same:      $args (exit $(cat "$work/after.rc"), $(wc -c < "$work/after.out") bytes)"
  else
    echo "DIFFERENT: $args"; diff <(head -c 100000 "$work/before.out") <(head -c 100000 "$work/after.out") | head -20 || true; fail=1
  fi
done <<ARGS
fixtures --format json
fixtures --format text
fixtures --format sarif
fixtures --format github
fixtures --format json --jobs 1
$work/corpus --format json
$work/corpus --format text --jobs 1
--no-default-rules --rules $work/names.rules.yaml $work/corpus --format json
--rules $work/names.rules.yaml fixtures --format json
ARGS
exit $fail
