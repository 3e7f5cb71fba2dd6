#!/usr/bin/env bash
# The curve of one ranking parameter on the dev halves (issue 14): for each value, nDCG@10 and MRR@10 of unseen-dev
# (corpus-samples index) and of shared-dev, fresh-dev, xset-dev, zset-dev, yset-dev, tset-dev, wset-dev, rset-dev, pset-dev and gset-dev (../shared/corpus index), their
# mean over the halves, and the no-answer queries left without a hit. Test halves are never read here.
#   tools/ranking-sweep.sh <samples-index> <shared-index> Name=v1,v2,... [--set Other=value ...]
# Needs the Release Indexer (dotnet build src/Indexer -c Release); INDEXER=path/to/Indexer.dll overrides it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
indexer=${INDEXER:-$root/src/Indexer/bin/Release/net10.0/Indexer.dll}
samples=$1 shared=$2 sweep=$3
shift 3
# SWEEP_OUT=dir keeps each half's lines (with every query's nDCG@10) in dir.
if [[ -n ${SWEEP_OUT:-} ]]; then out=$SWEEP_OUT; mkdir -p "$out"; else out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
run() { dotnet "$indexer" eval --index "$1" --queries "$root/eval/$2-queries.tsv" --qrels "$root/eval/$2-qrels.tsv" --sweep "$sweep" "${@:3}" > "$out/$2"; }
halves=(unseen-dev shared-dev fresh-dev xset-dev zset-dev yset-dev tset-dev wset-dev rset-dev pset-dev gset-dev)
pids=()
for half in "${halves[@]}"; do
  if [[ $half == unseen-dev ]]; then index=$samples; else index=$shared; fi
  run "$index" "$half" "$@" & pids+=($!)
  # two at a time: the machine has two cores
  if (( ${#pids[@]} == 2 )); then wait "${pids[@]}"; pids=(); fi
done
(( ${#pids[@]} == 0 )) || wait "${pids[@]}"
printf '%-28s' value; for half in "${halves[@]}"; do printf ' %-13s' "${half%-dev}"; done; printf ' %-15s %s\n' "mean nDCG/MRR" no-answer
files=(); for half in "${halves[@]}"; do files+=("$out/$half"); done
paste "${files[@]}" | awk -F'\t' -v k=${#halves[@]} '
{
  # Each file line: name=value, nDCG@10 x, MRR@10 y, R@10 z, no-answer a/b, per-query; 6 fields per file.
  line = sprintf("%-28s", $1); sn = 0; sm = 0; ok = 0; all = 0
  for (i = 0; i < k; i++) {
    split($(6 * i + 2), n, " "); split($(6 * i + 3), m, " "); split($(6 * i + 5), a, " "); split(a[2], x, "/")
    line = line sprintf(" %.3f/%.3f  ", n[2], m[2]); sn += n[2]; sm += m[2]; ok += x[1]; all += x[2]
  }
  printf "%s %.4f/%.4f   %d/%d\n", line, sn / k, sm / k, ok, all
}'
