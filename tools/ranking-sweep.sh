#!/usr/bin/env bash
# The curve of one ranking parameter on the four dev halves (issue 14): for each value, nDCG@10 and MRR@10 of
# unseen-dev (corpus-samples index), shared-dev, fresh-dev and xset-dev (../shared/corpus index), their mean over the
# four halves, and the no-answer queries left without a hit. Test halves are never read here.
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
run "$samples" unseen-dev "$@" & a=$!
run "$shared" shared-dev "$@" & b=$!
run "$shared" fresh-dev "$@" & c=$!
run "$shared" xset-dev "$@" & d=$!
wait $a; wait $b; wait $c; wait $d
printf '%-28s %-15s %-15s %-15s %-15s %-15s %s\n' value unseen shared fresh xset "mean nDCG/MRR" no-answer
paste "$out/unseen-dev" "$out/shared-dev" "$out/fresh-dev" "$out/xset-dev" | awk -F'\t' '
{
  # Each file line: name=value, nDCG@10 x, MRR@10 y, R@10 z, no-answer a/b, per-query; 6 fields per file.
  split($2, n1, " "); split($3, m1, " "); split($8, n2, " "); split($9, m2, " "); split($14, n3, " "); split($15, m3, " ");
  split($20, n4, " "); split($21, m4, " ");
  split($5, a1, " "); split($11, a2, " "); split($17, a3, " "); split($23, a4, " ");
  split(a1[2], x1, "/"); split(a2[2], x2, "/"); split(a3[2], x3, "/"); split(a4[2], x4, "/");
  printf "%-28s %.3f/%.3f    %.3f/%.3f    %.3f/%.3f    %.3f/%.3f    %.4f/%.4f  %d/%d\n", $1, n1[2], m1[2], n2[2], m2[2], n3[2], m3[2],
    n4[2], m4[2], (n1[2] + n2[2] + n3[2] + n4[2]) / 4, (m1[2] + m2[2] + m3[2] + m4[2]) / 4,
    x1[1] + x2[1] + x3[1] + x4[1], x1[2] + x2[2] + x3[2] + x4[2]
}'
