#!/usr/bin/env bash
# The R side of cmsim's researcher benchmarks, timed in the same sitting as cmsim, interleaved.
# Run from the repository root:  src/test/scripts/bench-r.sh [ROUNDS]   (default 5)
#
# Data: the first 1,728 trials of corpora/two-groups/choices.csv (16 adults x 108 trials), the file
# `cmsim bench` also fits. Each round times seven whole processes, one after the other:
#   cmsim fit --rule multiplicative                 against  Rscript: glm (base R, no package loaded)
#   cmsim fit --rule multiplicative --random subject,item
#                                                   against  Rscript: lme4 glmer, the same model: a diagonal
#                                                            subject deviation on every parameter and an item
#                                                            intercept, Laplace (nAGQ = 1)
#   cmsim fit --rule multiplicative --random "(1 + animacy|subject) + (1|item)"
#                                                   against  Rscript: lme4 glmer with the same random terms
# The design is coded in R itself (order levels as indicators, no other intercept; animacy and agreement as
# -1/0/+1), as src/test/resources/golden/lme4/make-golden.R does. It prints the machine, each round, the
# medians, the ratios (R / cmsim: above 1, cmsim is faster) and the largest difference between the estimates.
# The pooled fit is also timed against glm in an Rscript that loads lme4 first, the process the goal of the
# speed work was set against (a researcher who fits mixed models has lme4 loaded); base R's alone is faster.
set -euo pipefail
rounds="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
if ! command -v Rscript >/dev/null 2>&1; then
  echo "bench-r: no Rscript on the PATH; install R (Debian: apt-get install r-base-core r-cran-lme4)" >&2
  exit 69
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -n 1729 corpora/two-groups/choices.csv > "$work/choices-1728.csv"
sed 's#../corpora/two-groups/choices.csv#choices-1728.csv#' configs/two-groups.json > "$work/researcher.json"
./cmsim --version > /dev/null   # builds the jar and its class-data archive when needed

cat > "$work/code.R" <<'EOF'
coded <- function(file) {
  d <- read.csv(file, stringsAsFactors = FALSE, check.names = FALSE)
  animacy <- ifelse(d[["n1.animacy"]] == "animate" & d[["n2.animacy"]] == "inanimate", 1,
             ifelse(d[["n1.animacy"]] == "inanimate" & d[["n2.animacy"]] == "animate", -1, 0))
  m1 <- d[["n1.number"]] == d[["v.number"]]
  m2 <- d[["n2.number"]] == d[["v.number"]]
  data.frame(subject = d$subject, item = d$item, y = as.numeric(d$choice == "n1"),
             oNVN = as.numeric(d$order == "NVN"), oNNV = as.numeric(d$order == "NNV"),
             oVNN = as.numeric(d$order == "VNN"), animacy = animacy,
             agreement = ifelse(m1 & !m2, 1, ifelse(m2 & !m1, -1, 0)))
}
fixed <- "y ~ 0 + oNVN + oNNV + oVNN + animacy + agreement"
write_fixed <- function(beta, file) writeLines(sprintf("%.10f", beta), file)
EOF
cat > "$work/glm.R" <<'EOF'
args <- commandArgs(trailingOnly = TRUE)
source(args[1])
m <- glm(as.formula(fixed), family = binomial, data = coded(args[2]))
write_fixed(coef(m), args[3])
EOF
cat > "$work/glm-lme4.R" <<'EOF'
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages(library(lme4))
source(args[1])
m <- glm(as.formula(fixed), family = binomial, data = coded(args[2]))
write_fixed(coef(m), args[3])
EOF
cat > "$work/glmer.R" <<'EOF'
# glmer.R CODE.R CHOICES.csv OUT.txt RANDOM: the fixed part above plus the random terms given
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages(library(lme4))
source(args[1])
m <- glmer(as.formula(paste(fixed, "+", args[4])), family = binomial, data = coded(args[2]), nAGQ = 1,
           control = glmerControl(optimizer = "bobyqa", optCtrl = list(maxfun = 1e5)))
write_fixed(fixef(m), args[3])
EOF
diagonal="(0 + oNVN + oNNV + oVNN + animacy + agreement || subject) + (1 | item)"
correlated="(1 + animacy | subject) + (1 | item)"

seconds() {   # seconds COMMAND...: runs it quietly, prints its wall-clock seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(nproc) cores;" \
  "$(java -version 2>&1 | head -1); $(Rscript --version 2>&1 | head -1);" \
  "lme4 $(Rscript -e 'cat(as.character(packageVersion("lme4")))' 2>/dev/null)"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
out="$work/out"
cmsim_fit=() ; r_glm=() ; r_glm_lme4=() ; cmsim_mixed=() ; r_glmer=() ; cmsim_corr=() ; r_corr=()
./cmsim fit --config "$work/researcher.json" --rule multiplicative --out "$out" --force > /dev/null 2>&1   # warm-up
for ((round = 1; round <= rounds; round++)); do
  a=$(seconds ./cmsim fit --config "$work/researcher.json" --rule multiplicative --out "$out/pooled" --force)
  b=$(seconds Rscript "$work/glm.R" "$work/code.R" "$work/choices-1728.csv" "$work/glm.txt")
  b2=$(seconds Rscript "$work/glm-lme4.R" "$work/code.R" "$work/choices-1728.csv" "$work/glm-lme4.txt")
  c=$(seconds ./cmsim fit --config "$work/researcher.json" --rule multiplicative --random subject,item \
        --out "$out/mixed" --force)
  d=$(seconds Rscript "$work/glmer.R" "$work/code.R" "$work/choices-1728.csv" "$work/glmer.txt" "$diagonal")
  e=$(seconds ./cmsim fit --config "$work/researcher.json" --rule multiplicative \
        --random "$correlated" --out "$out/correlated" --force)
  f=$(seconds Rscript "$work/glmer.R" "$work/code.R" "$work/choices-1728.csv" "$work/glmer-correlated.txt" \
        "$correlated")
  cmsim_fit+=("$a"); r_glm+=("$b"); r_glm_lme4+=("$b2"); cmsim_mixed+=("$c"); r_glmer+=("$d"); cmsim_corr+=("$e"); r_corr+=("$f")
  printf 'round %d: cmsim fit %.2f s, R glm %.2f s (%.2f s with lme4 loaded);' "$round" "$a" "$b" "$b2"
  printf ' cmsim fit --random %.2f s, lme4 glmer %.2f s;' "$c" "$d"
  printf ' correlated: cmsim %.2f s, glmer %.2f s\n' "$e" "$f"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

# The largest difference between cmsim's estimates (strengths.csv, in the same parameter order) and R's.
estimates() { awk -F, -v rule="$2" 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == "estimate") e = i; next}
                                     $1 == rule {print $e}' "$1"; }
largest() { paste <(estimates "$1" "$2") "$3" | awk '{d = $1 - $2; if (d < 0) d = -d; if (d > m) m = d} END {printf "%.2g", m}'; }

m1=$(echo "${cmsim_fit[*]}" | median); m2=$(echo "${r_glm[*]}" | median); m2b=$(echo "${r_glm_lme4[*]}" | median)
m3=$(echo "${cmsim_mixed[*]}" | median); m4=$(echo "${r_glmer[*]}" | median)
m5=$(echo "${cmsim_corr[*]}" | median); m6=$(echo "${r_corr[*]}" | median)
echo
echo "| work (1,728 trials, whole processes, median of $rounds interleaved rounds) | cmsim | R | R / cmsim | largest difference in the estimates |"
echo "| --- | --- | --- | --- | --- |"
printf '| pooled multiplicative fit: `fit --rule multiplicative`; R `glm` | %.2f s | %.2f s | %.2fx | %s |\n' \
  "$m1" "$m2" "$(echo "$m2 / $m1" | bc -l)" "$(largest "$out/pooled/strengths.csv" multiplicative "$work/glm.txt")"
printf '| pooled multiplicative fit; R `glm` in an Rscript that loads lme4 first | %.2f s | %.2f s | %.2fx | %s |\n' \
  "$m1" "$m2b" "$(echo "$m2b / $m1" | bc -l)" "$(largest "$out/pooled/strengths.csv" multiplicative "$work/glm-lme4.txt")"
printf '| mixed fit: `fit --random subject,item`; lme4 `glmer` with `(0 + ... || subject) + (1 | item)` | %.2f s | %.2f s | %.2fx | %s |\n' \
  "$m3" "$m4" "$(echo "$m4 / $m3" | bc -l)" \
  "$(largest "$out/mixed/strengths.csv" multiplicative-mixed "$work/glmer.txt")"
printf '| mixed fit, correlated: `fit --random "(1 + animacy|subject) + (1|item)"`; lme4 `glmer`, the same formula | %.2f s | %.2f s | %.2fx | %s |\n' \
  "$m5" "$m6" "$(echo "$m6 / $m5" | bc -l)" \
  "$(largest "$out/correlated/strengths.csv" multiplicative-mixed "$work/glmer-correlated.txt")"
