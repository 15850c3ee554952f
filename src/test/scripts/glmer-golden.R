# Golden files for cmsim's mixed multiplicative rule with random-effects structures in lme4's notation:
# random intercepts, correlated and uncorrelated random slopes, slopes without an intercept, and the
# likelihood-ratio tests between nested structures.
# Run from the repository root:  Rscript src/test/scripts/glmer-golden.R
# It simulates two trial-level data sets in cmsim's choices format on the illustrative 27-condition design,
# codes the rule's design itself (order levels as indicator columns, cue directions -1/0/+1; no code shared
# with cmsim), fits each structure with lme4's glmer (Laplace, nAGQ = 1) and writes what it finds.
suppressPackageStartupMessages(library(lme4))
out <- "src/test/resources/golden/lme4/structures"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
design <- read.csv("corpora/illustrative/design.csv", comment.char = "#", stringsAsFactors = FALSE,
                   check.names = FALSE)

# Cue directions as the illustrative config declares them: animacy favours the animate noun when the other
# is inanimate; agreement favours the noun whose number matches the verb's when the other's does not.
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
# lme4's column names -> cmsim's parameter names; "(Intercept)" is the random intercept, cmsim's "intercept".
cmsim_name <- c(oNVN = "order=NVN", oNNV = "order=NNV", oVNN = "order=VNN", animacy = "animacy",
                agreement = "agreement", "(Intercept)" = "intercept")
stimulus <- c("order", "n1.animacy", "n1.number", "v.number", "n2.animacy", "n2.number")

# Every subject sees every item once; items are 4 lexicalisations of each of the 27 conditions. A subject's
# intercept shift and animacy slope are drawn correlated; the agreement slope independently.
simulate <- function(seed, subjects, beta, intercept_sd, animacy_sd, correlation, agreement_sd, item_sd) {
  set.seed(seed)
  items <- data.frame(item = sprintf("i%03d", seq_len(27 * 4)), condition = rep(seq_len(27), each = 4))
  item_shift <- rnorm(nrow(items), 0, item_sd)
  covariance <- matrix(c(intercept_sd^2, correlation * intercept_sd * animacy_sd,
                         correlation * intercept_sd * animacy_sd, animacy_sd^2), 2)
  rows <- list()
  for (s in seq_len(subjects)) {
    b <- as.vector(t(chol(covariance)) %*% rnorm(2))
    slope <- rnorm(1, 0, agreement_sd)
    x <- X[items$condition, ]
    eta <- as.vector(x %*% beta) + b[1] + b[2] * x[, "animacy"] + slope * x[, "agreement"] + item_shift
    choice <- ifelse(runif(nrow(items)) < plogis(eta), "n1", "n2")
    rows[[s]] <- data.frame(subject = sprintf("s%02d", s), item = items$item,
                            design[items$condition, stimulus], choice = choice, check.names = FALSE)
  }
  do.call(rbind, rows)
}

fixed <- "choice01 ~ 0 + oNVN + oNNV + oVNN + animacy + agreement"
control <- glmerControl(optimizer = "bobyqa", optCtrl = list(maxfun = 1e5))
coded <- function(d) cbind(d, direction(d), choice01 = as.numeric(d$choice == "n1"))
fit <- function(d, random) glmer(as.formula(paste(fixed, "+", random)), data = d, family = binomial, nAGQ = 1,
                                 control = control)
f8 <- function(x) sprintf("%.8f", x)

# One fit's files: NAME-fixed.csv (parameter,estimate,se; vcov is lme4's default Hessian-based one),
# NAME-sd.csv (factor,parameter,sd), NAME-cor.csv (factor,parameter,parameter2,correlation) from VarCorr,
# NAME-loglik.csv (logLik,df,singular).
write_fit <- function(m, name) {
  vc <- as.data.frame(VarCorr(m))
  factor <- sub("\\..*$", "", vc$grp)
  sd <- is.na(vc$var2)
  write.csv(data.frame(factor = factor[sd], parameter = cmsim_name[vc$var1[sd]], sd = f8(vc$sdcor[sd])),
            file.path(out, paste0(name, "-sd.csv")), row.names = FALSE, quote = FALSE)
  write.csv(data.frame(factor = factor[!sd], parameter = cmsim_name[vc$var1[!sd]],
                       parameter2 = cmsim_name[vc$var2[!sd]], correlation = f8(vc$sdcor[!sd])),
            file.path(out, paste0(name, "-cor.csv")), row.names = FALSE, quote = FALSE)
  write.csv(data.frame(parameter = cmsim_name[names(fixef(m))], estimate = f8(fixef(m)),
                       se = f8(sqrt(diag(as.matrix(vcov(m)))))),
            file.path(out, paste0(name, "-fixed.csv")), row.names = FALSE, quote = FALSE)
  writeLines(c("logLik,df,singular", sprintf("%.8f,%d,%s", as.numeric(logLik(m)), attr(logLik(m), "df"),
                                             tolower(isSingular(m)))),
             file.path(out, paste0(name, "-loglik.csv")))
}

structures <- c("(1|subject) + (1|item)", "(1 + animacy|subject) + (1|item)", "(1 + animacy||subject)",
                "(0 + agreement|subject)", "(1 + animacy + agreement|subject) + (1|item)",
                "(1|subject) + (1 + agreement|item)")
index <- data.frame()
lrt <- data.frame()
data_sets <- list(
  # Used while developing cmsim's fit.
  developed = list(seed = 20261201, subjects = 36, beta = c(1.4, -0.5, 0.3, 0.9, 0.7), intercept_sd = 0.7,
                   animacy_sd = 0.6, correlation = 0.5, agreement_sd = 0.5, item_sd = 0.4),
  # Not looked at until the fit was written: its tests were run once, at the end.
  unseen = list(seed = 20261202, subjects = 30, beta = c(1.0, -0.3, 0.5, 1.2, 0.4), intercept_sd = 0.5,
                animacy_sd = 0.8, correlation = -0.4, agreement_sd = 0.3, item_sd = 0.3),
  # Added after unseen.csv had shown a search stopping on the boundary (fixed by a restart from inside):
  # not looked at until that fix was written.
  third = list(seed = 20261203, subjects = 32, beta = c(1.8, -0.8, 0.1, 0.6, 1.0), intercept_sd = 0.9,
               animacy_sd = 0.4, correlation = 0.2, agreement_sd = 0.6, item_sd = 0.5))
for (set in names(data_sets)) {
  p <- data_sets[[set]]
  choices <- simulate(p$seed, p$subjects, p$beta, p$intercept_sd, p$animacy_sd, p$correlation, p$agreement_sd,
                      p$item_sd)
  write.csv(choices, file.path(out, paste0(set, ".csv")), row.names = FALSE, quote = FALSE)
  d <- coded(choices)
  fits <- list()
  for (s in seq_along(structures)) {
    name <- sprintf("%s-%d", set, s)
    fits[[s]] <- fit(d, structures[s])
    write_fit(fits[[s]], name)
    index <- rbind(index, data.frame(name = name, data = paste0(set, ".csv"), random = structures[s]))
  }
  # Likelihood-ratio tests between nested structures, as anova() on two glmer fits reports them: the
  # chi-square statistic 2 (logLik bigger - logLik smaller), df the difference in parameters, its p-value.
  for (pair in list(c(1, 2), c(3, 2), c(2, 5))) {
    a <- anova(fits[[pair[1]]], fits[[pair[2]]])
    lrt <- rbind(lrt, data.frame(data = paste0(set, ".csv"), random = structures[pair[2]],
                                 compare = structures[pair[1]], statistic = f8(a$Chisq[2]), df = a$Df[2],
                                 p_value = sprintf("%.8g", a$`Pr(>Chisq)`[2])))
  }
}
write.csv(index, file.path(out, "index.csv"), row.names = FALSE, quote = FALSE)
write.csv(lrt, file.path(out, "lrt.csv"), row.names = FALSE, quote = FALSE)

# lme4's own Laplace deviance function (devFunOnly = TRUE, a tight PIRLS tolerance so that the modes are
# converged) at fixed points (theta, beta) on the first eight subjects of developed.csv, for cmsim's PIRLS
# without any optimiser. theta is written in cmsim's layout: the terms in the order written, each term's
# lower-triangular factor column by column; lme4 orders its terms by their number of levels, so the script
# rearranges.
small <- coded(read.csv(file.path(out, "developed.csv"), stringsAsFactors = FALSE))
small <- small[small$subject %in% sprintf("s%02d", 1:8), ]
random <- "(1 + animacy|subject) + (1|item)"
devfun <- glmer(as.formula(paste(fixed, "+", random)), data = small, family = binomial, nAGQ = 1,
                devFunOnly = TRUE, control = glmerControl(tolPwrss = 1e-12))
lme4_order <- names(getME(glmer(as.formula(paste(fixed, "+", random)), data = small, family = binomial,
                                 nAGQ = 1, control = control), "cnms"))
points <- list(
  c(0.7, 0.3, 0.5, 0.4, 1.4, -0.5, 0.3, 0.9, 0.7),
  c(1.2, -0.8, 0.2, 0.0, 0.4, 0.2, -0.8, 2.0, -0.3),
  c(0.0, 0.6, 1.1, 1.3, 2.5, -1.0, 1.0, -0.5, 1.5))
rows <- lapply(points, function(v) {
  by_factor <- list(subject = v[1:3], item = v[4])
  theta <- unlist(by_factor[lme4_order])
  c(v, devfun(c(theta, v[5:9])))
})
small_out <- as.data.frame(do.call(rbind, rows))
colnames(small_out) <- c("subject_11", "subject_21", "subject_22", "item_11", "order=NVN", "order=NNV",
                         "order=VNN", "animacy", "agreement", "deviance")
write.csv(format(small_out, digits = 12), file.path(out, "small-deviance.csv"), row.names = FALSE, quote = FALSE)
writeLines(capture.output(sessionInfo()), file.path(out, "sessionInfo.txt"))
