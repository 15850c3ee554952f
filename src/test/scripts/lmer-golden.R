# Golden files for cmsim's linear mixed model of reaction times (cmsim fit-rt).
# Run from the repository root:  Rscript src/test/scripts/lmer-golden.R
# It simulates two trial-level data sets (predictors given as columns: conflict 0/1, certainty >= 0,
# choice 0/1; rt in ms), fits log(rt) with lme4::lmer (REML) and lmerTest (Satterthwaite df), and writes
# what it finds under src/test/resources/golden/rt. No code is shared with cmsim.
suppressPackageStartupMessages({ library(lme4); library(lmerTest) })
out <- "src/test/resources/golden/rt"

# Every subject sees every item once. conflict and certainty belong to the item (its sentence); the choice
# is the subject's. log rt = fixed + subject intercept and conflict slope (correlated) + item intercept + noise.
simulate <- function(seed, subjects, items, beta, subject_sd, rho, item_sd, sigma) {
  set.seed(seed)
  item <- data.frame(item = sprintf("i%02d", seq_len(items)), conflict = rep(0:1, length.out = items),
                     certainty = round(runif(items, 0, 3), 4), shift = rnorm(items, 0, item_sd))
  cov <- diag(subject_sd) %*% matrix(c(1, rho, rho, 1), 2) %*% diag(subject_sd)
  b <- MASS::mvrnorm(subjects, c(0, 0), cov)
  rows <- expand.grid(i = seq_len(items), s = seq_len(subjects))
  d <- data.frame(subject = sprintf("s%02d", rows$s), item = item$item[rows$i],
                  conflict = item$conflict[rows$i], certainty = item$certainty[rows$i],
                  choice = rbinom(nrow(rows), 1, 0.6))
  eta <- beta[1] + beta[2] * d$conflict + beta[3] * d$certainty + beta[4] * d$choice +
    b[rows$s, 1] + b[rows$s, 2] * d$conflict + item$shift[rows$i]
  d$rt <- round(exp(eta + rnorm(nrow(d), 0, sigma)))
  d
}

name <- function(x) ifelse(x == "(Intercept)", "intercept", x)
f6 <- function(x) sprintf("%.10g", x)

fit <- function(data, stem, formula) {
  m <- lmer(formula, data = data, REML = TRUE, control = lmerControl(optimizer = "nloptwrap"))
  co <- summary(m)$coefficients # lmerTest: Estimate, Std. Error, df, t value, Pr(>|t|) (Satterthwaite)
  write.csv(data.frame(parameter = name(rownames(co)), estimate = f6(co[, 1]), se = f6(co[, 2]),
                       df = f6(co[, 3]), t = f6(co[, 4]), p_value = f6(co[, 5])),
            file.path(out, paste0(stem, "-fixed.csv")), row.names = FALSE, quote = FALSE)
  vc <- as.data.frame(VarCorr(m))
  sds <- vc[is.na(vc$var2), ]
  write.csv(data.frame(factor = ifelse(sds$grp == "Residual", "residual", sub("\\.[0-9]+$", "", sds$grp)),
                       parameter = ifelse(is.na(sds$var1), "", name(sds$var1)), sd = f6(sds$sdcor)),
            file.path(out, paste0(stem, "-random.csv")), row.names = FALSE, quote = FALSE)
  cors <- vc[!is.na(vc$var2), ]
  write.csv(data.frame(factor = cors$grp, parameter = name(cors$var1), parameter2 = name(cors$var2),
                       correlation = f6(cors$sdcor)),
            file.path(out, paste0(stem, "-correlations.csv")), row.names = FALSE, quote = FALSE)
  ll <- logLik(m)
  write.csv(data.frame(REML = f6(REMLcrit(m)), logLik = f6(as.numeric(ll)), AIC = f6(AIC(m)),
                       singular = tolower(isSingular(m))),
            file.path(out, paste0(stem, "-fit.csv")), row.names = FALSE, quote = FALSE)
}

models <- list(
  "intercepts" = log(rt) ~ conflict + certainty + (1 | subject) + (1 | item),
  "slope" = log(rt) ~ conflict + certainty + (1 + conflict | subject) + (1 | item),
  "uncorrelated" = log(rt) ~ conflict + certainty + choice + (1 + conflict || subject) + (1 | item))

sets <- list(
  # Used while developing cmsim's fit.
  "development" = simulate(20261201, 24, 32, c(6.5, 0.08, -0.03, 0.02), c(0.15, 0.05), 0.4, 0.06, 0.25),
  # Held out: not looked at while developing; another size, other values.
  "heldout" = simulate(20261202, 30, 40, c(6.7, 0.12, -0.05, -0.01), c(0.2, 0.08), -0.3, 0.1, 0.3))

for (set in names(sets)) {
  write.csv(sets[[set]], file.path(out, paste0(set, ".csv")), row.names = FALSE, quote = FALSE)
  for (model in names(models)) {
    fit(sets[[set]], paste0(set, "-", model), models[[model]])
  }
}
writeLines(capture.output(sessionInfo()), file.path(out, "sessionInfo.txt"))

# End to end: cmsim fit-rt on the shipped two-group study (configs/two-groups.json, no corpus), its predictors
# computed here from the stimulus columns. certainty = |logit P(n1)| of the multiplicative rule fitted by glm
# (choice ~ 0 + order levels + cue directions); conflict = the present cues point to both nouns, each order level
# pointing where its fitted parameter points.
study <- read.csv("corpora/two-groups/choices.csv", stringsAsFactors = FALSE, check.names = FALSE)
animacy <- ifelse(study[["n1.animacy"]] == "animate" & study[["n2.animacy"]] == "inanimate", 1,
           ifelse(study[["n1.animacy"]] == "inanimate" & study[["n2.animacy"]] == "animate", -1, 0))
m1 <- study[["n1.number"]] == study[["v.number"]]
m2 <- study[["n2.number"]] == study[["v.number"]]
agreement <- ifelse(m1 & !m2, 1, ifelse(m2 & !m1, -1, 0))
orders <- sapply(c("NVN", "NNV", "VNN"), function(o) as.numeric(study$order == o))
rule <- glm(study$choice == "n1" ~ 0 + orders + animacy + agreement, family = binomial)
study$certainty <- abs(predict(rule, type = "link"))
order_sign <- sign(coef(rule)[1:3])[match(study$order, c("NVN", "NNV", "VNN"))]
d <- cbind(order_sign, animacy, agreement)
study$conflict <- as.numeric(apply(d, 1, function(r) any(r > 0) && any(r < 0)))
study$choice <- as.numeric(study$choice == "n1")
fit(study, "two-groups-intercepts", models[["intercepts"]])
fit(study, "two-groups-slope", models[["slope"]])
fit(study, "two-groups-choice", log(rt) ~ conflict + certainty + choice + (1 | subject) + (1 | item))
