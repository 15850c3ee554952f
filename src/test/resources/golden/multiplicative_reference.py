#!/usr/bin/env python3
"""Reference fit of the multiplicative rule, independent of cmsim's Java code.

Reads choices.csv (aggregated choices on the 27-condition order x animacy x agreement design),
codes the design from scratch (order one-hot; animacy: +1 when n1 is animate and n2 inanimate,
-1 the other way round; agreement on number: +1 when n1 matches the verb and n2 does not, -1 the
other way round), and maximises the binomial log-likelihood of logit P(n1) = x . w with SciPy's
trust-region Newton method (trust-exact) to a gradient of 1e-12. Standard errors are the square
roots of the diagonal of the inverse observed information, X' diag(n p (1 - p)) X, from NumPy.

Run with Python 3.11, NumPy 2.4 and SciPy 1.17:
    python3 multiplicative_reference.py choices.csv > multiplicative_reference.csv
"""
import csv
import sys

import numpy as np
from scipy.optimize import minimize

ORDERS = ["NVN", "NNV", "VNN"]


def direction_animacy(row):
    a1, a2 = row["n1.animacy"], row["n2.animacy"]
    if a1 == "animate" and a2 == "inanimate":
        return 1.0
    if a1 == "inanimate" and a2 == "animate":
        return -1.0
    return 0.0


def direction_agreement(row):
    v, n1, n2 = row["v.number"], row["n1.number"], row["n2.number"]
    if n1 == v and n2 != v:
        return 1.0
    if n2 == v and n1 != v:
        return -1.0
    return 0.0


def main(path):
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    levels = [o for o in ORDERS if any(r["order"] == o for r in rows)]
    names = ["order=" + o for o in levels] + ["animacy", "agreement"]
    x = np.array([[1.0 if r["order"] == o else 0.0 for o in levels]
                  + [direction_animacy(r), direction_agreement(r)] for r in rows])
    n = np.array([float(r["trials"]) for r in rows])
    k = np.array([float(r["n1_choices"]) for r in rows])

    def negative_log_likelihood(w):
        eta = x @ w
        return float(np.sum(k * np.logaddexp(0, -eta) + (n - k) * np.logaddexp(0, eta)))

    def gradient(w):
        p = 1 / (1 + np.exp(-(x @ w)))
        return -(x.T @ (k - n * p))

    def hessian(w):
        p = 1 / (1 + np.exp(-(x @ w)))
        return x.T @ (x * (n * p * (1 - p))[:, None])

    result = minimize(negative_log_likelihood, np.zeros(x.shape[1]), jac=gradient, hess=hessian,
                      method="trust-exact", options={"gtol": 1e-12, "maxiter": 1000})
    w = result.x
    se = np.sqrt(np.diag(np.linalg.inv(hessian(w))))
    print("parameter,estimate,se")
    for name, estimate, error in zip(names, w, se):
        print(f"{name},{float(estimate)!r},{float(error)!r}")
    print(f"logLik,{-negative_log_likelihood(w)!r},")


if __name__ == "__main__":
    main(sys.argv[1])
