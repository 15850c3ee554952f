#!/usr/bin/env python3
"""Prints the headline tables of the user guide's results page (Markdown) from a `cmsim run` directory.

Usage: python3 src/test/scripts/readme-tables.py runs/default-<UTC time>
Reads comparison.csv and summary.json only; paste the output over the tables of src/site/markdown/results.md.
"""
import csv
import json
import math
import sys


def num(text, digits=2):
    if text in ("", None):
        return ""
    return f"{float(text):.{digits}f}"


def interval(low, high):
    lo = "-inf" if low == "" else num(low)
    hi = "inf" if high == "" else num(high)
    return f"[{lo}, {hi}]"


def main(run):
    rows = [r for r in csv.DictReader(open(f"{run}/comparison.csv")) if r["data"] == "corpus"]
    summary = json.load(open(f"{run}/summary.json"))
    print("| language | parameter | status | present | Competition (95% profile interval) | attention, mean of"
          f" {rows[0]['seeds']} heads (2.5-97.5%) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        competition = "" if r["competition"] == "" else num(r["competition"])
        if r["status"] == "separated":
            competition += " (prior)"
        attention = "" if r["attention"] == "" else f"{num(r['attention'])} {interval(r['attention_low'], r['attention_high'])}"
        print(f"| {r['language']} | {r['cue']} | {r['status']} | {num(r['present'], 0)} | {competition}"
              f" {interval(r['competition_low'], r['competition_high']) if r['status'] != 'absent' else ''} |"
              f" {attention} |")
    print()
    print("| language | Competition Model (share) | attention heads (share) | pairs alike | same strongest |"
          " Pearson r [range] |")
    print("| --- | --- | --- | --- | --- | --- |")
    for language, values in summary["languages"].items():
        corpus = values["corpus"]
        low, high = corpus.get("pearsonInterval", [None, None])
        pearson = ("not shown" if corpus["pearson"] is None
                   else f"{corpus['pearson']:.2f}" + ("" if low is None else f" [{low:.2f}, {high:.2f}]"))
        print(f"| {language} | {' > '.join(corpus['competitionOrdering'])} ({percent(corpus['competitionOrderingShare'])})"
              f" | {' > '.join(corpus['attentionOrdering'])} ({percent(corpus['attentionOrderingShare'])})"
              f" | {percent(corpus['pairsOrderedAlike'])} | {percent(corpus['sameStrongest'])} | {pearson} |")
    print()
    print("| language | rule | head | uniform | interactions | order | heads' L2 | head - uniform |"
          " head - interactions |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for language, values in summary["languages"].items():
        held = values["heldOut"]
        totals = held["heldOutLogLik"]
        differences = {d["baseline"]: d for d in held["differences"]}
        where = "interior" if held["chosenL2Interior"] else "not interior"
        print(f"| {language} | {totals['rule']:.1f} | {totals['head']:.1f} | {totals['uniform-attention']:.1f} |"
              f" {totals['interaction-logistic']:.1f} | {totals['order-only']:.1f} | {penalty(held['chosenL2'])} ({where}) |"
              f" {difference(differences['uniform-attention'])} | {difference(differences['interaction-logistic'])} |")
    print()
    print("| language | published | Competition Model | attention heads | early learning (children) |")
    print("| --- | --- | --- | --- | --- |")
    for f in summary.get("publishedFindings", []):
        early = f.get("earlyLearning")
        if f["competitionVerdict"] == "context only" and early is None:
            continue
        early_text = "" if early is None else f"{early['verdict']} (on {early['corpus']})"
        print(f"| {f['language']} | {short_study(f['study'])}: {f.get('group', '')} |"
              f" {f['competitionVerdict']} | {f['attentionVerdict']} | {early_text} |")


def percent(share):
    return "" if share is None else f"{100 * share:.0f}%"


def penalty(l2):
    """An L2 in scientific notation, as cmsim prints it: 1e-4, 2.5e-3."""
    mantissa, exponent = f"{l2:.2e}".split("e")
    return f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"


def difference(d):
    """The head's difference from a model with its 95% interval over tokens and the verdict."""
    low, high = d["tokenInterval"]
    return f"{d['difference']:+.1f} [{low:+.1f}, {high:+.1f}] {d['verdict']}"


def short_study(study):
    """The first authors of a study; for a study cited by its title, the author in its brackets."""
    if study.startswith('"'):
        bracket = study.rsplit("(", 1)[-1]
        return bracket.split(",")[0].rstrip(")").strip()
    return study.split(",")[0].split("(")[0].strip()


if __name__ == "__main__":
    main(sys.argv[1])
