#!/usr/bin/env bash
# The pyndl side of cmsim's Rescorla-Wagner benchmark, timed in the same sitting as cmsim, interleaved.
# Run from anywhere:  src/test/scripts/bench-pyndl.sh [ROUNDS] [EVENTS]   (default 5 rounds)
#
# EVENTS is a pyndl event file (gzip, `cues<TAB>outcomes`); without it the reference file cm_1M.tab.gz is made
# with ../shared/bench/gen_events.py (1,000,000 events, its default seed). Each round times two whole processes,
# one after the other:
#   ./cmsim learn --events EVENTS --out DIR --force
#   python3: pyndl.ndl.dict_ndl(EVENTS, 0.1, (0.1, 0.1), 1.0, remove_duplicates=True), weights written to a file
# dict_ndl is pyndl's fastest end-to-end path with two outcomes. The parameters are cmsim's defaults
# (LearnEventsLine.DEFAULT_ALPHA, DEFAULT_BETAS, DEFAULT_LAMBDA: alpha 0.1, betas 0.1,0.1, lambda 1.0), and cmsim
# keeps the first of a cue repeated in an event, as remove_duplicates=True does. pyndl 1.2.3 is needed on
# python3's path (PYTHON=... names another interpreter). PYTHONHASHSEED is fixed because dict_ndl sums an event's
# cues in the order of a Python set, so the last bits of its weights depend on the string hash seed.
# It prints the machine, each round (both times and pyndl / cmsim: above 1, cmsim is faster), the medians, the
# median of the per-round ratios, the best pair and the largest difference between the two weight matrices.
set -euo pipefail
export LC_ALL=C
rounds="${1:-5}"
events="${2:-}"
python="${PYTHON:-python3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
if [ -n "$events" ]; then
  events="$(cd "$(dirname "$events")" && pwd)/$(basename "$events")"
fi
cd "$root"
if ! "$python" -c "import pyndl.ndl" >/dev/null 2>&1; then
  echo "bench-pyndl: $python cannot import pyndl; build pyndl 1.2.3 from its source tag v1.2.3 with Debian's" \
    "python3 packages (numpy, pandas, xarray, netcdf4, cython3) and put it on PYTHONPATH" >&2
  exit 69
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -z "$events" ]; then
  if [ ! -f ../shared/bench/gen_events.py ]; then
    echo "bench-pyndl: no EVENTS file given and no ../shared/bench/gen_events.py to make cm_1M.tab.gz" >&2
    exit 64
  fi
  events="$work/cm_1M.tab.gz"
  "$python" ../shared/bench/gen_events.py "$events" 1000000
fi
if [ ! -f "$events" ]; then
  echo "bench-pyndl: no event file $events" >&2
  exit 66
fi
./cmsim --version > /dev/null   # builds the jar and its class-data archive when needed

cat > "$work/dict_ndl.py" <<'EOF'
# dict_ndl.py EVENTS OUT: pyndl's dict_ndl with cmsim's defaults; OUT gets one line per cue and outcome,
# `cue<TAB>outcome<TAB>weight` (repr: the shortest text that reads back to the same double).
import sys
from pyndl import ndl
weights = ndl.dict_ndl(sys.argv[1], 0.1, (0.1, 0.1), 1.0, remove_duplicates=True)
cues = sorted({cue for outcome in weights for cue in weights[outcome]})
with open(sys.argv[2], "w") as out:
    for outcome in sorted(weights):
        for cue in cues:
            out.write(f"{cue}\t{outcome}\t{weights[outcome].get(cue, 0.0)!r}\n")
EOF

seconds() {   # seconds COMMAND...: runs it quietly, prints its wall-clock seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
pyndl() { PYTHONHASHSEED=0 "$python" "$work/dict_ndl.py" "$events" "$work/pyndl-weights.tsv"; }

echo "machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(nproc) cores;" \
  "$(java -version 2>&1 | head -1); $("$python" --version 2>&1);" \
  "pyndl $("$python" -c 'import pyndl; print(pyndl.__version__)' 2>/dev/null)"
echo "events: $events ($(stat -c %s "$events") bytes)"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
out="$work/out"
cmsim_times=() ; pyndl_times=() ; ratios=()
./cmsim learn --events "$events" --out "$out" --force > /dev/null 2>&1   # warm-up: the file in the page cache
for ((round = 1; round <= rounds; round++)); do
  a=$(seconds ./cmsim learn --events "$events" --out "$out" --force)
  b=$(seconds pyndl)
  r=$(echo "$b / $a" | bc -l)
  cmsim_times+=("$a"); pyndl_times+=("$b"); ratios+=("$r")
  printf 'round %d: cmsim learn --events %.2f s, pyndl dict_ndl %.2f s: %.1fx\n' "$round" "$a" "$b" "$r"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

# The best pair: the round with the largest ratio.
best=0
for ((i = 1; i < rounds; i++)); do
  if [ "$(echo "${ratios[$i]} > ${ratios[$best]}" | bc -l)" = 1 ]; then best=$i; fi
done
# The largest |cmsim - pyndl| over all cue x outcome weights; a weight only one side has counts as a difference
# from 0, and a name on one side only is reported.
difference=$(awk -F'\t' '
  FNR == NR { w[$1 "\t" $2] = $3; next }
  FNR == 1 { split($0, outcomes, ","); next }
  { n = split($0, cells, ","); for (o = 2; o <= n; o++) c[cells[1] "\t" outcomes[o]] = cells[o] }
  END {
    for (k in c) { if (!(k in w)) only++; d = c[k] - w[k]; if (d < 0) d = -d; if (d > m) m = d }
    for (k in w) { if (!(k in c)) only++; d = c[k] - w[k]; if (d < 0) d = -d; if (d > m) m = d }
    printf "%.2g over %d weights", m, length(c)
    if (only) printf " (%d cue-outcome pairs on one side only)", only
  }' "$work/pyndl-weights.tsv" FS=, "$out/weights.csv")

echo
echo "| $(basename "$events"), whole processes, $rounds interleaved rounds | cmsim learn --events | pyndl dict_ndl | pyndl / cmsim |"
echo "| --- | --- | --- | --- |"
printf '| median | %.2f s | %.2f s | %.1fx (median of the per-round ratios) |\n' \
  "$(echo "${cmsim_times[*]}" | median)" "$(echo "${pyndl_times[*]}" | median)" "$(echo "${ratios[*]}" | median)"
printf '| best pair (round %d) | %.2f s | %.2f s | %.1fx |\n' \
  "$((best + 1))" "${cmsim_times[$best]}" "${pyndl_times[$best]}" "${ratios[$best]}"
echo "largest difference between the weights: $difference"
