# Golden files for cmsim's mixed-effects multiplicative rule and its group tests.
# Run from the repository root:  Rscript src/test/resources/golden/lme4/make-golden.R
# It simulates two trial-level data sets on the illustrative 27-condition design, codes the rule's
# design itself (order levels as indicator columns, cue directions -1/0/+1; no code shared with
# cmsim), fits them with lme4's glmer (Laplace, nAGQ = 1) and with glm, and writes what it finds.
suppressPackageStartupMessages(library(lme4))
out <- "src/test/resources/golden/lme4"
design <- read.csv("corpora/illustrative/design.csv", comment.char = "#", stringsAsFactors = FALSE,
                   check.names = FALSE)

# Cue directions, as the config declares them: animacy favours the animate noun when the other is
# inanimate; agreement favours the noun whose number matches the verb's when the other's does not.
direction <- function(d) {
  animacy <- ifelse(d[["n1.animacy"]] == "animate" & d[["n2.animacy"]] == "inanimate", 1,
             ifelse(d[["n1.animacy"]] == "inanimate" & d[["n2.animacy"]] == "animate", -1, 0))
  m1 <- d[["n1.number"]] == d[["v.number"]]
  m2 <- d[["n2.number"]] == d[["v.number"]]
  agreement <- ifelse(m1 & !m2, 1, ifelse(m2 & !m1, -1, 0))
  data.frame(oNVN = as.numeric(d$order == "NVN"), oNNV = as.numeric(d$order == "NNV"),
             oVNN = as.numeric(d$order == "VNN"), animacy = animacy, agreement = agreement)
}
X <- as.matrix(direction(design))
names <- c("order=NVN", "order=NNV", "order=VNN", "animacy", "agreement")
stimulus <- c("order", "n1.animacy", "n1.number", "v.number", "n2.animacy", "n2.number")

# Every subject sees every item once; items are 4 lexicalisations of each of the 27 conditions.
simulate <- function(seed, subjects, beta, subject_sd, item_sd, prefix) {
  set.seed(seed)
  items <- data.frame(item = sprintf("i%03d", seq_len(27 * 4)), condition = rep(seq_len(27), each = 4))
  item_shift <- rnorm(nrow(items), 0, item_sd)
  rows <- list()
  for (s in seq_len(subjects)) {
    deviation <- rnorm(5, 0, subject_sd)
    eta <- as.vector(X[items$condition, ] %*% (beta + deviation)) + item_shift
    choice <- ifelse(runif(nrow(items)) < plogis(eta), "n1", "n2")
    rows[[s]] <- data.frame(subject = sprintf("%s%02d", prefix, s), item = items$item,
                            design[items$condition, stimulus], choice = choice, check.names = FALSE)
  }
  do.call(rbind, rows)
}

fixed_formula <- "choice01 ~ 0 + oNVN + oNNV + oVNN + animacy + agreement"
slopes <- "(0 + oNVN + oNNV + oVNN + animacy + agreement || subject)"
coded <- function(d) cbind(d, direction(d), choice01 = as.numeric(d$choice == "n1"))
control <- glmerControl(optimizer = "bobyqa", optCtrl = list(maxfun = 1e5))

write_mixed <- function(m, file) {
  vc <- as.data.frame(VarCorr(m))
  sds <- data.frame(factor = sub("\\..*$", "", vc$grp),
                    parameter = ifelse(is.na(vc$var1) | vc$var1 == "(Intercept)", "intercept",
                                       names[match(vc$var1, colnames(X))]),
                    sd = sprintf("%.8f", vc$sdcor))
  fixed <- data.frame(parameter = names, estimate = sprintf("%.8f", fixef(m)),
                      se = sprintf("%.8f", sqrt(diag(as.matrix(vcov(m))))))
  write.csv(fixed, file.path(out, paste0(file, "-fixed.csv")), row.names = FALSE, quote = FALSE)
  write.csv(sds, file.path(out, paste0(file, "-sd.csv")), row.names = FALSE, quote = FALSE)
  writeLines(c("logLik,df", sprintf("%.8f,%d", as.numeric(logLik(m)), attr(logLik(m), "df"))),
             file.path(out, paste0(file, "-loglik.csv")))
}

# 1. Varying subjects and items: 40 subjects x 108 items = 4,320 trials.
varying <- simulate(20261129, 40, beta = c(1.5, -0.5, 0.3, 1.0, 0.6),
                    subject_sd = c(1.0, 0.8, 0.6, 0.5, 0.4), item_sd = 0.5, prefix = "s")
write.csv(varying, file.path(out, "varying.csv"), row.names = FALSE, quote = FALSE)
d <- coded(varying)
both <- glmer(as.formula(paste(fixed_formula, "+", slopes, "+ (1 | item)")), data = d, family = binomial,
              nAGQ = 1, control = control)
write_mixed(both, "varying-subject-item")
subject_only <- glmer(as.formula(paste(fixed_formula, "+", slopes)), data = d, family = binomial,
                      nAGQ = 1, control = control)
write_mixed(subject_only, "varying-subject")

# 2. Adults and children, 20 subjects each (children: weaker order, stronger animacy), pooled tests.
adults <- simulate(20261130, 20, beta = c(2.0, -0.8, 0.2, 0.6, 0.8),
                   subject_sd = c(0.5, 0.5, 0.5, 0.3, 0.3), item_sd = 0.3, prefix = "a")
children <- simulate(20261131, 20, beta = c(0.8, -0.2, 0.1, 1.4, 0.5),
                     subject_sd = c(0.5, 0.5, 0.5, 0.3, 0.3), item_sd = 0.3, prefix = "c")
groups <- rbind(cbind(group = "adults", adults), cbind(group = "children", children))
write.csv(groups, file.path(out, "groups.csv"), row.names = FALSE, quote = FALSE)
g <- coded(groups)
g$group <- factor(g$group)
columns <- colnames(X)
separate <- glm(as.formula(paste("choice01 ~ 0 +", paste0(columns, ":group", collapse = " + "))),
                data = g, family = binomial)
lrt <- function(constrained) {
  a <- anova(constrained, separate, test = "LRT")
  c(a$Deviance[2], a$Df[2], a$`Pr(>Chi)`[2])
}
rows <- list(c("all", lrt(glm(choice01 ~ 0 + oNVN + oNNV + oVNN + animacy + agreement, data = g,
                                 family = binomial))))
for (j in seq_along(columns)) {
  terms <- c(columns[j], paste0(columns[-j], ":group"))
  rows[[j + 1]] <- c(names[j], lrt(glm(as.formula(paste("choice01 ~ 0 +", paste(terms, collapse = " + "))),
                                       data = g, family = binomial)))
}
tests <- data.frame(test = "lrt", parameter = sapply(rows, `[`, 1),
                    statistic = sprintf("%.8f", as.numeric(sapply(rows, `[`, 2))),
                    df = as.integer(sapply(rows, `[`, 3)),
                    p_value = sprintf("%.8g", as.numeric(sapply(rows, `[`, 4))))
write.csv(tests, file.path(out, "groups-lrt.csv"), row.names = FALSE, quote = FALSE)
for (level in levels(g$group)) {
  m <- glm(choice01 ~ 0 + oNVN + oNNV + oVNN + animacy + agreement, data = g[g$group == level, ],
           family = binomial)
  write.csv(data.frame(parameter = names, estimate = sprintf("%.8f", coef(m)),
                       se = sprintf("%.8f", sqrt(diag(vcov(m))))),
            file.path(out, paste0("groups-", level, "-fixed.csv")), row.names = FALSE, quote = FALSE)
}

# 3. The same tests on the mixed model (cmsim's lrt-mixed): glmer, Laplace (nAGQ = 1), maximum likelihood
# (glmer has no REML). Every model, constrained or not, keeps the random-effects structure of the separate
# fits: per group, an independent SD for the subject deviations on every parameter, and (with items) an item
# intercept SD of its own, items split by group (item i001 seen by adults and by children is two levels).
# Only the fixed effects differ between the models: a shared parameter is one column, a separate one a
# column per group. The statistic is 2 (logLik separate - logLik constrained); df is the difference in
# the number of fixed effects.
for (level in levels(g$group)) {
  inside <- as.numeric(g$group == level)
  g[[paste0("in_", level)]] <- inside
  for (column in columns) g[[paste0(column, "_", level)]] <- g[[column]] * inside
}
g$group_item <- factor(paste(g$group, g$item))
per_group <- function(column) paste0(column, "_", levels(g$group))
subject_terms <- paste0("(0 + ", paste(sapply(columns, per_group), collapse = " + "), " || subject)")
item_terms <- paste0("(0 + ", paste0("in_", levels(g$group), collapse = " + "), " || group_item)")
mixed_lrt <- function(random, file) {
  fit <- function(shared) {
    fixed <- unlist(lapply(seq_along(columns), function(j) if (shared[j]) columns[j] else per_group(columns[j])))
    glmer(as.formula(paste("choice01 ~ 0 +", paste(fixed, collapse = " + "), "+", random)), data = g,
          family = binomial, nAGQ = 1, control = control)
  }
  separate <- fit(rep(FALSE, length(columns)))
  test <- function(parameter, shared) {
    constrained <- fit(shared)
    statistic <- 2 * (as.numeric(logLik(separate)) - as.numeric(logLik(constrained)))
    df <- attr(logLik(separate), "df") - attr(logLik(constrained), "df")
    data.frame(test = "lrt-mixed", parameter = parameter, statistic = sprintf("%.8f", statistic), df = df,
               p_value = sprintf("%.8g", pchisq(statistic, df, lower.tail = FALSE)),
               logLik_separate = sprintf("%.8f", as.numeric(logLik(separate))),
               logLik_constrained = sprintf("%.8f", as.numeric(logLik(constrained))))
  }
  rows <- list(test("all", rep(TRUE, length(columns))))
  for (j in seq_along(columns)) rows[[j + 1]] <- test(names[j], seq_along(columns) == j)
  write.csv(do.call(rbind, rows), file.path(out, file), row.names = FALSE, quote = FALSE)
}
mixed_lrt(subject_terms, "groups-lrt-mixed-subject.csv")
mixed_lrt(paste(subject_terms, "+", item_terms), "groups-lrt-mixed-subject-item.csv")
writeLines(capture.output(sessionInfo()), file.path(out, "sessionInfo.txt"))
