# Small golden references for cmsim's mixed rule, on the first six subjects of varying.csv (648 trials), quick
# enough for tests that mutation testing reruns many times:
# 1. small-deviance.csv: lme4's own Laplace deviance function (glmer(..., nAGQ = 1, devFunOnly = TRUE))
#    evaluated at fixed points (theta, beta), for competition/Pirls without any optimiser;
# 2. small-item-*.csv: the fit with item intercepts only (choice ~ 0 + rule + (1 | item)), as make-golden.R
#    writes its fits.
# Run from the repository root:  Rscript src/test/resources/golden/lme4/make-small.R
suppressPackageStartupMessages(library(lme4))
out <- "src/test/resources/golden/lme4"
varying <- read.csv(file.path(out, "varying.csv"), stringsAsFactors = FALSE)
small <- varying[varying$subject %in% sprintf("s%02d", 1:6), ]
# The rule's design coded as in make-golden.R: order indicators and cue directions -1/0/+1.
animacy <- ifelse(small$n1.animacy == "animate" & small$n2.animacy == "inanimate", 1,
           ifelse(small$n1.animacy == "inanimate" & small$n2.animacy == "animate", -1, 0))
m1 <- small$n1.number == small$v.number
m2 <- small$n2.number == small$v.number
d <- data.frame(subject = small$subject, item = small$item,
                oNVN = as.numeric(small$order == "NVN"), oNNV = as.numeric(small$order == "NNV"),
                oVNN = as.numeric(small$order == "VNN"), animacy = animacy,
                agreement = ifelse(m1 & !m2, 1, ifelse(m2 & !m1, -1, 0)),
                choice01 = as.numeric(small$choice == "n1"))
fixed <- "choice01 ~ 0 + oNVN + oNNV + oVNN + animacy + agreement"
slopes <- "(0 + oNVN + oNNV + oVNN + animacy + agreement || subject)"
slope_names <- c("oNVN", "oNNV", "oVNN", "animacy", "agreement")

# Points in cmsim's layout: five subject SDs (order=NVN, NNV, VNN, animacy, agreement), then the item SD.
points <- list(
  c(1.0, 0.8, 0.6, 0.5, 0.4, 0.5, 1.5, -0.5, 0.3, 1.0, 0.6),
  c(0.3, 1.7, 0.0, 0.9, 0.2, 1.2, 0.4, 0.2, -0.8, 2.0, -0.3),
  c(2.5, 0.1, 1.1, 0.0, 0.7, 0.05, 3.0, -2.0, 1.0, -0.5, 1.5))
rows <- list()
for (model in c("subject-item", "subject")) {
  formula <- paste(fixed, "+", slopes, if (model == "subject-item") "+ (1 | item)" else "")
  # tolPwrss: lme4's default PIRLS tolerance (1e-7, relative) leaves the deviance off by about 2e-3 at these
  # points; at 1e-12 the modes converge as far as cmsim's do.
  devfun <- glmer(as.formula(formula), data = d, family = binomial, nAGQ = 1, devFunOnly = TRUE,
                  control = glmerControl(tolPwrss = 1e-12))
  # lme4 orders theta by its random-effect terms (the item term, with more levels, first); map cmsim's
  # layout onto those names.
  names <- names(getME(glmer(as.formula(formula), data = d, family = binomial, nAGQ = 1,
                             control = glmerControl(calc.derivs = FALSE)), "theta"))
  for (p in points) {
    ours <- c(setNames(p[1:5], paste0("subject.", slope_names)), item.item = p[6])
    keys <- sub("^(subject|item)\\.(\\d+\\.)?", "\\1.", names)
    keys <- sub("\\.\\(Intercept\\)$", ".item", keys)
    theta <- unname(ours[keys])
    if (any(is.na(theta))) stop(paste("unmapped theta:", paste(names, collapse = " ")))
    beta <- p[7:11]
    rows[[length(rows) + 1]] <- data.frame(model = model,
      t(sprintf("%.6f", p[1:(if (model == "subject-item") 6 else 5)])) |> as.data.frame() |>
        (\(x) { x <- cbind(x, matrix("", 1, 6 - ncol(x))); names(x) <- paste0("theta", 1:6); x })(),
      t(sprintf("%.6f", beta)) |> as.data.frame() |> setNames(paste0("beta", 1:5)),
      deviance = sprintf("%.8f", devfun(c(theta, beta))))
  }
}
write.csv(do.call(rbind, rows), file.path(out, "small-deviance.csv"), row.names = FALSE, quote = FALSE)

items_only <- glmer(as.formula(paste(fixed, "+ (1 | item)")), data = d, family = binomial, nAGQ = 1,
                    control = glmerControl(optimizer = "bobyqa", optCtrl = list(maxfun = 1e5)))
rule_names <- c("order=NVN", "order=NNV", "order=VNN", "animacy", "agreement")
write.csv(data.frame(parameter = rule_names, estimate = sprintf("%.8f", fixef(items_only)),
                     se = sprintf("%.8f", sqrt(diag(as.matrix(vcov(items_only)))))),
          file.path(out, "small-item-fixed.csv"), row.names = FALSE, quote = FALSE)
write.csv(data.frame(factor = "item", parameter = "intercept",
                     sd = sprintf("%.8f", as.data.frame(VarCorr(items_only))$sdcor)),
          file.path(out, "small-item-sd.csv"), row.names = FALSE, quote = FALSE)
writeLines(c("logLik,df", sprintf("%.8f,%d", as.numeric(logLik(items_only)), attr(logLik(items_only), "df"))),
           file.path(out, "small-item-loglik.csv"))
