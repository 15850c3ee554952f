# The shipped example study: a SIMULATED two-group agent-identification experiment (adults and children).
# Run from the repository root:  Rscript corpora/two-groups/make-study.R
# Design: the 27 conditions of corpora/illustrative/design.csv, 2 items (lexicalisations) per condition,
# every participant sees every item twice (4 trials per condition): 108 trials per participant.
# Generating values (log-odds; the multiplicative rule, no other intercept):
#   adults:   order=NVN 2.0, order=NNV -0.8, order=VNN 0.2, animacy 0.6, agreement 0.8
#   children: order=NVN 0.8, order=NNV -0.2, order=VNN 0.1, animacy 1.4, agreement 0.5
#   between-participant SDs 0.6, 0.5, 0.5, 0.4, 0.4 (independent, both groups); item intercept SD 0.4
#   (items shared by the groups); 24 participants per group. Reaction times: see the end.
design <- read.csv("corpora/illustrative/design.csv", stringsAsFactors = FALSE, check.names = FALSE)
animacy <- ifelse(design[["n1.animacy"]] == "animate" & design[["n2.animacy"]] == "inanimate", 1,
           ifelse(design[["n1.animacy"]] == "inanimate" & design[["n2.animacy"]] == "animate", -1, 0))
m1 <- design[["n1.number"]] == design[["v.number"]]
m2 <- design[["n2.number"]] == design[["v.number"]]
# The animacy and agreement directions of any rows with the stimulus columns.
direction_of <- function(d) {
  a <- ifelse(d[["n1.animacy"]] == "animate" & d[["n2.animacy"]] == "inanimate", 1,
       ifelse(d[["n1.animacy"]] == "inanimate" & d[["n2.animacy"]] == "animate", -1, 0))
  n1 <- d[["n1.number"]] == d[["v.number"]]
  n2 <- d[["n2.number"]] == d[["v.number"]]
  cbind(animacy = a, agreement = ifelse(n1 & !n2, 1, ifelse(n2 & !n1, -1, 0)))
}
X <- cbind(design$order == "NVN", design$order == "NNV", design$order == "VNN", animacy,
           ifelse(m1 & !m2, 1, ifelse(m2 & !m1, -1, 0)))
stimulus <- c("order", "n1.animacy", "n1.number", "v.number", "n2.animacy", "n2.number")
set.seed(2026)
items <- data.frame(item = sprintf("i%02d", seq_len(54)), condition = rep(seq_len(27), each = 2))
item_shift <- rnorm(nrow(items), 0, 0.4)
sd <- c(0.6, 0.5, 0.5, 0.4, 0.4)
groups <- list(adults = c(2.0, -0.8, 0.2, 0.6, 0.8), children = c(0.8, -0.2, 0.1, 1.4, 0.5))
rows <- list()
for (group in names(groups)) {
  for (s in seq_len(24)) {
    weights <- groups[[group]] + rnorm(5, 0, sd)
    shown <- items[rep(seq_len(nrow(items)), 2), ]
    eta <- as.vector(X[shown$condition, ] %*% weights) + item_shift[match(shown$item, items$item)]
    rows[[length(rows) + 1]] <- data.frame(group = group, subject = sprintf("%s%02d", substr(group, 1, 1), s),
                                           item = shown$item, design[shown$condition, stimulus],
                                           choice = ifelse(runif(nrow(shown)) < plogis(eta), "n1", "n2"),
                                           check.names = FALSE)
  }
}
study <- do.call(rbind, rows)

# Reaction times, drawn after the choices from their own seed (the choices are as they were without them), by the
# model cmsim's `simulate --rt-log-mean` draws from, with an item shift added (see README.md):
#   log rt = 6.7 + 0.08 x conflict + N(0, 0.12^2) per participant + N(0, 0.05^2) per item + N(0, 0.25^2) per trial
# conflict: the present cues point to both nouns, word order pointing where its generating parameter points
# (NVN and VNN to n1, NNV to n2, in both groups).
set.seed(2027)
order_direction <- c(NVN = 1, NNV = -1, VNN = 1)[study$order]
directions <- cbind(order_direction, direction_of(study))
conflict <- apply(directions, 1, function(d) any(d > 0) && any(d < 0))
subject_shift <- setNames(rnorm(48, 0, 0.12), unique(study$subject))
rt_item_shift <- setNames(rnorm(nrow(items), 0, 0.05), items$item)
study$rt <- round(exp(6.7 + 0.08 * conflict + subject_shift[study$subject] + rt_item_shift[study$item] +
                        rnorm(nrow(study), 0, 0.25)))
write.csv(study, "corpora/two-groups/choices.csv", row.names = FALSE, quote = FALSE)
